using System.Globalization;
using System.Text;
using L = Corridor.Documents.Rendering.DocumentLabels;
using static Corridor.Documents.Rendering.DocumentHtml;

namespace Corridor.Documents.Rendering;

/// <summary>
/// The part of each document type's template that differs: the terms box (carriage, certificate form, route) and the
/// goods table — prices and amounts on the invoice, packages and weights on the packing list and the transport
/// documents, HS codes and the origin form on the certificate of origin.
/// </summary>
internal static class DocumentGoodsHtml
{
    public static string Terms(DocumentSheet sheet, DocumentContent goods) => sheet.Type switch
    {
        DocumentType.CertificateOfOrigin => $"<strong>{E(goods.OriginForm ?? "")}</strong>{Fact(L.OriginCriterion, E(goods.OriginReason ?? ""))}",
        _ when sheet.Type.IsTransport() => $"{E(sheet.Title)}<br><span class=\"small\">{E(goods.Carriage ?? "")}</span><ul>{string.Concat(goods.Legs.Select(l => $"<li>{E(l)}</li>"))}</ul>",
        _ => E(sheet.Title),
    };

    public static void Goods(StringBuilder html, DocumentType type, DocumentContent goods)
    {
        var priced = type == DocumentType.CommercialInvoice;
        html.Append("<table><thead><tr>");
        Th(html, L.Line);
        Th(html, L.Item);
        Th(html, L.Description);
        Th(html, L.HsCode);
        Th(html, L.Quantity, num: true);
        Th(html, L.Packages, num: true);
        Th(html, L.NetKg, num: true);
        Th(html, L.GrossKg, num: true);

        if (priced)
        {
            Th(html, L.UnitPrice, num: true);
            Th(html, L.Amount, num: true);
        }

        html.Append("</tr></thead><tbody>");
        foreach (var line in goods.Lines)
        {
            html.Append("<tr><td>").Append(line.Line.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(line.Item))
                .Append("</td><td>").Append(Name(line.Description)).Append("</td><td>").Append(E(line.HsCode))
                .Append("</td><td class=\"num\">").Append(line.Quantity.ToString("N0", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(line.Packages.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>");
            html.Append("<td class=\"num\">").Append(Kg(line.NetKg)).Append("</td><td class=\"num\">").Append(Kg(line.GrossKg)).Append("</td>");

            if (priced)
            {
                html.Append("<td class=\"num\">").Append(line.UnitPrice is { } p ? E(Money(p, goods.Currency)) : "").Append("</td><td class=\"num\">")
                    .Append(line.Amount is { } a ? E(Money(a, goods.Currency)) : "").Append("</td>");
            }

            html.Append("</tr>");
        }

        var t = goods.Totals;
        html.Append("</tbody><tfoot><tr><td colspan=\"4\">").Append(Both(L.Total)).Append("</td><td class=\"num\">")
            .Append(t.Quantity.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td class=\"num\">").Append(t.Packages.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>");
        html.Append("<td class=\"num\">").Append(Kg(t.NetKg)).Append("</td><td class=\"num\">").Append(Kg(t.GrossKg)).Append("</td>");

        if (priced)
        {
            html.Append("<td></td><td class=\"num\" id=\"total\">").Append(t.Value is { } v ? E(Money(v, goods.Currency)) : "").Append("</td>");
        }

        html.Append("</tr></tfoot></table>");
    }

    private static void Th(StringBuilder html, (string En, string Ru) label, bool num = false) =>
        html.Append(num ? "<th class=\"num\">" : "<th>").Append(E(label.En)).Append("<br><span lang=\"ru\">").Append(E(label.Ru)).Append("</span></th>");
}

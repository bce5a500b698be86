using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Corridor.Common;
using L = Corridor.Documents.Rendering.DocumentLabels;

namespace Corridor.Documents.Rendering;

/// <summary>
/// The HTML of a printed document, laid out on the UN Layout Key for trade documents (ISO 6422): parties in the
/// upper left, references and dates in the upper right, transport and terms below them, the goods across the page,
/// checks and authentication at the foot. A4 (<c>@page { size: A4 }</c>), every label in English and Russian, names
/// in their own scripts (Persian right to left, isolated with <c>&lt;bdi dir="rtl"&gt;</c>). The goods area is the
/// template of each type (<see cref="DocumentGoodsHtml"/>).
/// </summary>
public static class DocumentHtml
{
    private const string Style = """
        @page { size: A4; margin: 18mm 12mm 16mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; font-size: 9pt; color: #111; margin: 0; }
        .ulk { display: grid; grid-template-columns: 1fr 1fr; border: 1px solid #333; }
        .box { border: 1px solid #333; padding: 2mm 3mm; min-height: 18mm; }
        .box h2 { font-size: 7pt; font-weight: normal; color: #444; margin: 0 0 1mm; text-transform: uppercase; }
        .box h2 .ru { text-transform: none; }
        .title h1 { font-size: 14pt; margin: 0; }
        .title .ru { font-size: 10pt; display: block; }
        .number { font-size: 12pt; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
        .wide { grid-column: 1 / span 2; }
        .ru { color: #333; }
        table { width: 100%; border-collapse: collapse; margin-top: 3mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #333; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
        th { font-size: 7pt; font-weight: normal; background: #eee; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        tfoot td { font-weight: bold; }
        .foot { display: grid; grid-template-columns: 2fr 1fr; gap: 3mm; margin-top: 4mm; break-inside: avoid; }
        .qr img { width: 32mm; height: 32mm; }
        .small { font-size: 7pt; word-break: break-all; }
        .draft { border: 2px solid #b00; color: #b00; font-weight: bold; text-align: center; padding: 2mm; margin-bottom: 3mm; }
        ul { margin: 0; padding-left: 4mm; }
        """;

    public static string Render(DocumentSheet sheet)
    {
        var (en, ru) = L.Title(sheet.Type);
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(PdfTitle(sheet))).Append("</title><style>")
            .Append(Style).Append("</style></head><body>");
        if (sheet.IsDraft)
        {
            html.Append("<div class=\"draft\">").Append(Both(L.Draft)).Append("</div>");
        }

        var goods = sheet.Goods;
        html.Append("<div class=\"ulk\">");
        Box(html, L.Seller, $"<strong>{Name(sheet.IssuerName)}</strong><br>{E(sheet.IssuerCode)}");
        Box(html, ("", ""), $"<h1>{E(en)}<span class=\"ru\" lang=\"ru\">{E(ru)}</span></h1>"
            + Fact(L.Number, sheet.Number is { } n ? $"<span class=\"number\">{E(n)}</span>" : "—")
            + Fact(L.Date, sheet.IssuedAt is { } at ? E(at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : "—")
            + Fact(L.Order, E(sheet.OrderNumber)), "title");
        if (goods is not null)
        {
            Box(html, L.Consignee, Party(goods.Consignee ?? goods.Buyer));
            Box(html, L.Buyer, Party(goods.Buyer));
            Box(html, L.Incoterm, $"{E(goods.Incoterm)}<br>{Fact(L.Destination, E(goods.Market))}{Fact(L.Currency, E(goods.Currency))}");
            Box(html, sheet.Type.IsTransport() ? L.Carriage : sheet.Type == DocumentType.CertificateOfOrigin ? L.Form : L.Route, DocumentGoodsHtml.Terms(sheet, goods));
        }
        else if (sheet.Type == DocumentType.CreditNote)
        {
            CreditBoxes(html, sheet);
        }
        else
        {
            Box(html, L.Cancels, $"<span class=\"number\">{E(sheet.ContentText("cancels") ?? "")}</span><br><span class=\"small\">SHA-256 {E(sheet.ContentText("cancels_sha256") ?? "")}</span>", "wide");
        }

        if (sheet.Reason is { } reason)
        {
            Box(html, sheet.Type is DocumentType.Cancellation or DocumentType.CreditNote ? L.Reason : L.Amendment, E(reason), "wide");
        }

        html.Append("</div>");
        if (goods is not null)
        {
            DocumentGoodsHtml.Goods(html, sheet.Type, goods);
        }

        Foot(html, sheet);
        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The PDF's title: type and number (or "draft").</summary>
    public static string PdfTitle(DocumentSheet sheet) => $"{L.Title(sheet.Type).En} {sheet.Number ?? "(draft)"}";

    /// <summary>Chromium's running header: issuer and number on every page.</summary>
    public static string Header(DocumentSheet sheet) =>
        $"<div style=\"font-size:7pt;width:100%;margin:0 12mm;display:flex;justify-content:space-between;font-family:'Noto Sans','DejaVu Sans',sans-serif\">"
        + $"<span>{E(sheet.IssuerName)}</span><span>{E(L.Title(sheet.Type).En)} {E(sheet.Number ?? "DRAFT")}</span></div>";

    /// <summary>Chromium's running footer: number and page n of m on every page.</summary>
    public static string Footer(DocumentSheet sheet) =>
        $"<div style=\"font-size:7pt;width:100%;margin:0 12mm;text-align:right;font-family:'Noto Sans','DejaVu Sans',sans-serif\">"
        + $"{E(sheet.Number ?? "DRAFT")} · {E(L.Page.En)} / {E(L.Page.Ru)} <span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>";

    private static void Foot(StringBuilder html, DocumentSheet sheet)
    {
        html.Append("<div class=\"foot\"><div class=\"box\"><h2>").Append(Both(L.Checks)).Append("</h2>");
        if (sheet.Gates is { } gates)
        {
            html.Append(E(L.Screening.En)).Append(" / <span lang=\"ru\">").Append(E(L.Screening.Ru)).Append("</span>:<ul>");
            foreach (var p in Array(gates, "screening"))
            {
                var blocked = p.TryGetProperty("blocked", out var b) && b.ValueKind == JsonValueKind.True;
                html.Append("<li>").Append(Name(Str(p, "name"))).Append(" (").Append(E(Str(p, "role"))).Append("): ").Append(blocked ? "blocked" : "clear").Append("</li>");
            }

            html.Append("</ul>").Append(E(L.MarketAccess.En)).Append(" / <span lang=\"ru\">").Append(E(L.MarketAccess.Ru)).Append("</span>:<ul>");
            foreach (var l in Array(gates, "market_access"))
            {
                var eligible = l.TryGetProperty("eligible", out var v) ? v.ValueKind switch { JsonValueKind.True => "eligible", JsonValueKind.False => "not eligible", _ => "not checked" } : "not checked";
                html.Append("<li>").Append(E(l.TryGetProperty("line", out var n) ? n.ToString() : "")).Append(' ').Append(E(Str(l, "item"))).Append(": ").Append(eligible).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append(sheet.IsDraft ? "Run on issue." : sheet.Type == DocumentType.CreditNote ? "None (a credit note: its invoice passed them)." : "None (a cancellation).");
        }

        html.Append(Fact(L.IssuedBy, E(sheet.IssuedBy ?? "—"))).Append("</div><div class=\"box qr\"><h2>").Append(Both(L.Verify)).Append("</h2>");
        if (sheet.VerifyUrl is { } url)
        {
            html.Append("<img alt=\"QR code: ").Append(E(url)).Append("\" src=\"").Append(VerificationCode.QrDataUri(url)).Append("\"><div class=\"small\">").Append(E(url)).Append("</div>");
        }
        else
        {
            html.Append("—");
        }

        html.Append("</div></div>");
    }

    /// <summary>A credit note's reference (the invoice and its hash) and its money: the invoice's total, what was credited before, this amount.</summary>
    private static void CreditBoxes(StringBuilder html, DocumentSheet sheet)
    {
        var c = sheet.Content;
        var currency = sheet.ContentText("currency") ?? "";
        string Amount(string name) => c.TryGetProperty(name, out var v) && v.TryGetDecimal(out var d) ? E(Money(d, currency)) : "—";
        Box(html, L.Credits, $"<span class=\"number\">{E(sheet.ContentText("credits") ?? "")}</span><br><span class=\"small\">SHA-256 {E(sheet.ContentText("credits_sha256") ?? "")}</span>", "wide");
        Box(html, L.InvoiceTotal, Amount("invoice_total") + Fact(L.CreditedBefore, Amount("already_credited")));
        Box(html, L.CreditAmount, $"<span class=\"number\" id=\"credit-amount\">{Amount("amount")}</span>");
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static void Box(StringBuilder html, (string En, string Ru) label, string body, string? css = null)
    {
        html.Append("<section class=\"box").Append(css is null ? "" : " " + css).Append("\">");
        if (label.En.Length > 0)
        {
            html.Append("<h2>").Append(Both(label)).Append("</h2>");
        }

        html.Append(body).Append("</section>");
    }

    private static string Party(DocumentParty p)
    {
        var text = new StringBuilder();
        text.Append("<strong>").Append(Name(p.Name)).Append("</strong>");
        if (p.OtherNames is { } other)
        {
            text.Append("<br>").Append(string.Join(" · ", other.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Name)));
        }

        if (p.Address is { } address)
        {
            text.Append("<br>").Append(Name(address));
        }

        return text.Append("<br>").Append(E(string.Join(" · ", new[] { p.Code, p.Country }.Where(x => !string.IsNullOrEmpty(x))))).ToString();
    }

    internal static string Fact((string En, string Ru) label, string valueHtml) =>
        $"<div><span class=\"small\">{E(label.En)} / <span lang=\"ru\">{E(label.Ru)}</span>:</span> {valueHtml}</div>";

    internal static string Both((string En, string Ru) label) => $"{E(label.En)} / <span class=\"ru\" lang=\"ru\">{E(label.Ru)}</span>";

    /// <summary>A name in its own script: Arabic-script text (Persian) right to left, Cyrillic marked Russian, each isolated from its neighbours.</summary>
    internal static string Name(string name)
    {
        if (name.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'))
        {
            return $"<bdi dir=\"rtl\" lang=\"fa\">{E(name)}</bdi>";
        }

        return name.Any(c => c is >= '\u0400' and <= '\u04FF') ? $"<bdi lang=\"ru\">{E(name)}</bdi>" : $"<bdi>{E(name)}</bdi>";
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string Money(decimal amount, string currency) => new Money(amount, Common.Currency.Parse(currency)).ToString();

    internal static string Kg(decimal kg) => kg.ToString("N1", CultureInfo.InvariantCulture);
}

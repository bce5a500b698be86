namespace Corridor.Documents;

/// <summary>Text forms of <see cref="DocumentType"/> as they appear in files, the API and the CLI, and the number prefix of each series.</summary>
public static class DocumentCodes
{
    private static readonly (DocumentType Type, string Text, string Prefix)[] Codes =
    [
        (DocumentType.CommercialInvoice, "commercial_invoice", "INV"),
        (DocumentType.PackingList, "packing_list", "PL"),
        (DocumentType.CertificateOfOrigin, "certificate_of_origin", "CO"),
        (DocumentType.RailConsignmentNote, "rail_consignment_note", "SMGS"),
        (DocumentType.RoadConsignmentNote, "road_consignment_note", "CMR"),
        (DocumentType.BillOfLading, "bill_of_lading", "BL"),
        (DocumentType.Cancellation, "cancellation", "CXL"),
        (DocumentType.CreditNote, "credit_note", "CN"),
    ];

    public static string ToText(this DocumentType type) => Codes.First(c => c.Type == type).Text;

    /// <summary>The number prefix of the type's series (INV, PL, CO, SMGS, CMR, BL, CXL, CN).</summary>
    public static string Prefix(this DocumentType type) => Codes.First(c => c.Type == type).Prefix;

    /// <summary>Whether the type is a transport document (issued by the logistics planner) rather than a commercial one.</summary>
    public static bool IsTransport(this DocumentType type) =>
        type is DocumentType.RailConsignmentNote or DocumentType.RoadConsignmentNote or DocumentType.BillOfLading;

    public static bool TryParse(string? text, out DocumentType type)
    {
        foreach (var c in Codes)
        {
            if (string.Equals(c.Text, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = c.Type;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>The full number: <c>PREFIX-YEAR-000123</c>, and <c>/A1</c>, <c>/A2</c> … for amendments.</summary>
    public static string FormatNumber(DocumentType type, int year, long sequence, int revision) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{type.Prefix()}-{year:D4}-{sequence:D6}") + (revision > 0 ? $"/A{revision}" : "");
}

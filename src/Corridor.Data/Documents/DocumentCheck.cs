namespace Corridor.Documents;

/// <summary>
/// Cross-checks before issue: a document's totals against every current (issued, not superseded, not cancelled)
/// document of the same order. Each disagreement is named by field, with both values and the other document's number.
/// </summary>
public static class DocumentCheck
{
    public static IReadOnlyList<string> Mismatches(DocumentTotals mine, IEnumerable<(string Number, DocumentTotals Totals)> others)
    {
        var found = new List<string>();
        foreach (var (number, theirs) in others)
        {
            Compare(found, "quantity", mine.Quantity, theirs.Quantity, number);
            Compare(found, "packages", mine.Packages, theirs.Packages, number);
            Compare(found, "net_kg", mine.NetKg, theirs.NetKg, number);
            Compare(found, "gross_kg", mine.GrossKg, theirs.GrossKg, number);
            if (mine.Value is { } v && theirs.Value is { } w)
            {
                Compare(found, "value", v, w, number);
            }
        }

        return found;
    }

    private static void Compare(List<string> found, string field, decimal mine, decimal theirs, string number)
    {
        if (mine != theirs)
        {
            found.Add($"{field}: this document {mine:0.###}, {number} {theirs:0.###}");
        }
    }
}

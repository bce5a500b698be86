namespace Corridor.Compliance.Lists;

/// <summary>The list formats Corridor imports, by the name used on the command line and in the API.</summary>
public static class ListSource
{
    public const string OfacSdn = "ofac-sdn";
    public const string OfacConsolidated = "ofac-cons";
    public const string Un = "un";
    public const string OpenSanctions = "opensanctions";
    public const string BisDpl = "bis-dpl";
    public const string Uk = "uk";

    public static readonly IReadOnlyList<string> All = [OfacSdn, OfacConsolidated, Un, OpenSanctions, BisDpl, Uk];
}

namespace Corridor.Compliance.Lists;

/// <summary>The parser for each <see cref="ListSource"/> name.</summary>
public static class SanctionsListParsers
{
    public static ISanctionsListParser? For(string source) => source switch
    {
        ListSource.OfacSdn => OfacCsvParser.Sdn(),
        ListSource.OfacConsolidated => OfacCsvParser.Consolidated(),
        ListSource.Un => new UnXmlParser(),
        ListSource.OpenSanctions => new FtmJsonParser(),
        ListSource.BisDpl => new BisDplParser(),
        ListSource.Uk => new UkCsvParser(),
        _ => null,
    };
}

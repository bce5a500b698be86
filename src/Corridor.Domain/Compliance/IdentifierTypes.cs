namespace Corridor.Compliance;

/// <summary>The identifier kinds the importers and the matcher know.</summary>
public static class IdentifierTypes
{
    public const string Imo = "imo";
    public const string Inn = "inn";
    public const string Ogrn = "ogrn";
    public const string Passport = "passport";
    public const string NationalId = "national-id";
    public const string TaxId = "tax-id";
    public const string Registration = "registration";
    public const string Swift = "swift";
    public const string Mmsi = "mmsi";
    public const string Other = "other";

    /// <summary>Identifiers whose exact agreement is strong evidence (issued once, checked digits or registries).</summary>
    public static readonly IReadOnlySet<string> Strong = new HashSet<string>(StringComparer.Ordinal) { Imo, Inn, Ogrn, Swift, Mmsi, TaxId, Registration, Passport, NationalId };
}

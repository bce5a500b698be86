namespace Corridor.Documents;

/// <summary>
/// One row of <c>data/reference/origin-certificate-rules.csv</c>: goods of an origin country in
/// <see cref="OriginCountries"/> going to a country in <see cref="DestinationCountries"/> (empty = any) on a day in
/// [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>) get a certificate of origin on <see cref="Form"/>, for
/// <see cref="Reason"/>. Rules are tried by ascending <see cref="Priority"/>; the first that matches decides.
/// </summary>
public sealed record OriginCertificateRule(int Priority, string Form, IReadOnlySet<string> OriginCountries, IReadOnlySet<string> DestinationCountries,
    DateOnly? ValidFrom, DateOnly? ValidUntil, string Reason, string Source)
{
    public bool Matches(string origin, string destination, DateOnly day) =>
        (OriginCountries.Count == 0 || OriginCountries.Contains(origin))
        && (DestinationCountries.Count == 0 || DestinationCountries.Contains(destination))
        && (ValidFrom is not { } from || day >= from)
        && (ValidUntil is not { } until || day < until);

    /// <summary>The form for the goods, and the reason shown on the document; null when no rule matches (the data lacks a catch-all).</summary>
    public static OriginCertificateChoice? Choose(IEnumerable<OriginCertificateRule> rules, string origin, string destination, DateOnly day) =>
        rules.OrderBy(r => r.Priority).FirstOrDefault(r => r.Matches(origin, destination, day)) is { } rule
            ? new OriginCertificateChoice(rule.Form, $"{rule.Reason} (origin {origin}, destination {destination}, {day:yyyy-MM-dd})", rule.Priority)
            : null;
}

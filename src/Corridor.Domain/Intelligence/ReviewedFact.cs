using Corridor.Common;

namespace Corridor.Intelligence;

/// <summary>
/// A reported figure a reviewer accepted from an article: subject, metric, value, unit and period (half-open
/// <c>[From, Until)</c>), identified by its <see cref="StatementId"/>. Its sources are the candidates accepted or
/// merged into it (article, sentence and figure offsets, extractor version): the same figure from two articles is one
/// fact with two sources. Reported, never recorded; owned by an organisation (decision 030).
/// </summary>
public sealed class ReviewedFact : IOrganisationOwned
{
    private ReviewedFact()
    {
        StatementId = Subject = Metric = Unit = ConflictKey = AcceptedBy = "";
    }

    public ReviewedFact(FactValues values, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        Id = Guid.CreateVersion7();
        StatementId = values.Id;
        ConflictKey = Clip(values.ConflictKey);
        (Subject, Metric, Value, Unit, PeriodFrom, PeriodUntil) = (values.Subject, values.Metric, values.Value, values.Unit, values.From, values.Until);
        AcceptedBy = Guard.Text(by, "reviewer");
        AcceptedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary><c>st-</c> and 32 hex digits (<see cref="Intelligence.StatementId"/>); unique per organisation.</summary>
    public string StatementId { get; private set; }

    /// <summary>Subject, metric and period (see <see cref="Intelligence.StatementId.ConflictKeyOf"/>): facts sharing it with another value conflict.</summary>
    public string ConflictKey { get; private set; }

    public string Subject { get; private set; }

    public string Metric { get; private set; }

    public decimal Value { get; private set; }

    public string Unit { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }

    public DateOnly? PeriodUntil { get; private set; }

    /// <summary>Who accepted its first source, and when.</summary>
    public string AcceptedBy { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    private static string Clip(string key) => key.Length <= 300 ? key : key[..300];
}

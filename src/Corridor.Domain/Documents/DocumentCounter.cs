namespace Corridor.Documents;

/// <summary>
/// The number series of one organisation, document type and year: <see cref="Last"/> is the last number issued.
/// It is advanced only by one conditional <c>UPDATE … RETURNING</c> inside the issuing transaction (a row lock on
/// PostgreSQL, the write lock on SQLite), so a rolled-back issue gives its number back and two servers never take
/// the same one. Not <c>IOrganisationOwned</c>: no query of the application reads it through the context.
/// </summary>
public sealed class DocumentCounter
{
    private DocumentCounter()
    {
    }

    public Guid OrganisationId { get; private set; }

    public DocumentType Type { get; private set; }

    public int Year { get; private set; }

    public long Last { get; private set; }
}

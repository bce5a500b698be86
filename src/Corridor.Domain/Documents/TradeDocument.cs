using System.Security.Cryptography;
using Corridor.Common;

namespace Corridor.Documents;

/// <summary>
/// An export document of an organisation for one order (and, for transport documents, the legs it covers). A draft
/// carries its content as JSON and no number; <see cref="Issue"/> gives it its number, freezes the canonical snapshot
/// and the SHA-256 of the snapshot's UTF-8 bytes and of the rendered PDF, after which nothing of it changes (the storage layer refuses any
/// update or delete of an issued row). A correction is a new document (<see cref="AmendmentOf"/>: same series,
/// number with <c>/A1</c>, <c>/A2</c> …) that supersedes the original; a cancellation is a document of its own
/// (<see cref="CancellationOf"/>); a money correction of an invoice is a credit note (<see cref="CreditNoteOf"/>), numbered in
/// its own series, for at most what is left of the invoice's total.
/// </summary>
public sealed class TradeDocument : IOrganisationOwned
{
    private TradeDocument()
    {
        OrderNumber = Title = ContentJson = CreatedBy = "";
    }

    /// <exception cref="ArgumentException">A field is missing or too long.</exception>
    public TradeDocument(DocumentType type, string orderNumber, string title, string contentJson, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Type = type;
        OrderNumber = Guard.Code(orderNumber, "order");
        Title = Guard.Text(title, "title", 300);
        ContentJson = Guard.Text(contentJson, "content", int.MaxValue);
        Status = DocumentStatus.Draft;
        CreatedBy = Guard.Text(by, "by");
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DocumentType Type { get; private set; }

    public DocumentStatus Status { get; private set; }

    public string OrderNumber { get; private set; }

    /// <summary>What the document covers, e.g. "Commercial invoice" or "Rail IR-INCHE-BORUN → RU-MOSCOW".</summary>
    public string Title { get; private set; }

    /// <summary>The draft's content (parties, lines, legs …) as JSON; frozen into <see cref="SnapshotJson"/> on issue.</summary>
    public string ContentJson { get; private set; }

    /// <summary>The series number (1, 2, … per organisation, type and year) taken on issue; the amendment keeps its original's.</summary>
    public long? Sequence { get; private set; }

    public int? Year { get; private set; }

    /// <summary>0 for an original, n for the n-th amendment (<c>/An</c>).</summary>
    public int Revision { get; private set; }

    public string? Number { get; private set; }

    /// <summary>The issued document this one amends (and supersedes).</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>The issued document this cancellation cancels.</summary>
    public Guid? CancelsId { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The issued commercial invoice this credit note credits.</summary>
    public Guid? CreditsId { get; private set; }

    /// <summary>The amount a credit note credits, in <see cref="CreditCurrency"/> (the invoice's currency); positive, in the currency's minor units.</summary>
    public decimal? CreditAmount { get; private set; }

    /// <summary>ISO 4217 code of <see cref="CreditAmount"/>.</summary>
    public string? CreditCurrency { get; private set; }

    public string? SnapshotJson { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <see cref="SnapshotJson"/>; printed in the verification QR code.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the issued PDF's bytes (<see cref="DocumentPdf"/>); null for a document issued without one.</summary>
    public string? PdfSha256 { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? IssuedBy { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A draft amendment of an issued document: same type and series number, next revision, the given content.</summary>
    public static Result<TradeDocument> AmendmentOf(TradeDocument original, string contentJson, string reason, string by, DateTimeOffset at)
    {
        if (original.Type == DocumentType.CreditNote)
        {
            return Result<TradeDocument>.Failure($"a credit note is not amended ({original.Number}): cancel it and issue a new one");
        }

        if (original.Status != DocumentStatus.Issued || original.Type == DocumentType.Cancellation)
        {
            return Result<TradeDocument>.Failure($"only an issued document can be amended ({original.Number ?? "draft"} is {original.Status.ToString().ToLowerInvariant()})");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<TradeDocument>.Failure("an amendment needs a reason");
        }

        return Result<TradeDocument>.Success(new TradeDocument(original.Type, original.OrderNumber, original.Title, contentJson, by, at)
        {
            SupersedesId = original.Id,
            Sequence = original.Sequence,
            Year = original.Year,
            Revision = original.Revision + 1,
            Reason = Guard.Text(reason, "reason", 500),
        });
    }

    /// <summary>A draft cancellation of an issued document, with its reason.</summary>
    public static Result<TradeDocument> CancellationOf(TradeDocument original, string reason, string by, DateTimeOffset at)
    {
        if (original.Status != DocumentStatus.Issued || original.Type == DocumentType.Cancellation)
        {
            return Result<TradeDocument>.Failure($"only an issued document can be cancelled ({original.Number ?? "draft"} is {original.Status.ToString().ToLowerInvariant()})");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<TradeDocument>.Failure("a cancellation needs a reason");
        }

        var content = System.Text.Json.JsonSerializer.Serialize(new { cancels = original.Number, cancels_sha256 = original.Sha256, reason = reason.Trim() });
        return Result<TradeDocument>.Success(new TradeDocument(DocumentType.Cancellation, original.OrderNumber, $"Cancellation of {original.Number}", content, by, at)
        {
            CancelsId = original.Id,
            Reason = Guard.Text(reason, "reason", 500),
        });
    }

    /// <summary>
    /// A draft credit note of an issued commercial invoice for <paramref name="amount"/> in the invoice's currency. Refused
    /// unless the invoice is an issued commercial invoice, the amount is positive and in the currency's minor units,
    /// and the amount with what is <paramref name="alreadyCredited"/> does not exceed <paramref name="invoiceTotal"/>.
    /// </summary>
    public static Result<TradeDocument> CreditNoteOf(TradeDocument invoice, Money invoiceTotal, Money alreadyCredited, decimal amount, string reason, string by,
        DateTimeOffset at)
    {
        if (invoice.Status != DocumentStatus.Issued || invoice.Type != DocumentType.CommercialInvoice)
        {
            return Result<TradeDocument>.Failure($"only an issued commercial invoice can be credited ({invoice.Number ?? "draft"} is a {invoice.Type.ToText()}, {invoice.Status.ToString().ToLowerInvariant()})");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<TradeDocument>.Failure("reason: a credit note needs a reason");
        }

        var credit = new Money(amount, invoiceTotal.Currency);
        if (amount <= 0 || credit.Round() != credit)
        {
            return Result<TradeDocument>.Failure($"amount: {amount} is not a positive amount of {invoiceTotal.Currency.Code} in its minor units");
        }

        if (alreadyCredited + credit is var total && total.Amount > invoiceTotal.Amount)
        {
            return Result<TradeDocument>.Failure(
                $"amount: {credit} with {alreadyCredited} already credited is {total}, more than the total {invoiceTotal} of invoice {invoice.Number} (at most {invoiceTotal - alreadyCredited} can still be credited)");
        }

        var content = System.Text.Json.JsonSerializer.Serialize(new
        {
            credits = invoice.Number,
            credits_sha256 = invoice.Sha256,
            invoice_total = invoiceTotal.Amount,
            already_credited = alreadyCredited.Amount,
            amount,
            currency = invoiceTotal.Currency.Code,
            reason = reason.Trim(),
        });
        return Result<TradeDocument>.Success(new TradeDocument(DocumentType.CreditNote, invoice.OrderNumber, $"Credit note to {invoice.Number}", content, by, at)
        {
            CreditsId = invoice.Id,
            CreditAmount = amount,
            CreditCurrency = invoiceTotal.Currency.Code,
            Reason = Guard.Text(reason, "reason", 500),
        });
    }

    /// <summary>
    /// Draft → issued with the series number taken in the issuing transaction (an amendment keeps its original's) and
    /// the canonical snapshot, and the SHA-256 of the rendered PDF when one is given. Refused when already issued.
    /// </summary>
    public Result<string> Issue(long sequence, int year, string snapshotJson, string by, DateTimeOffset at, byte[]? pdf = null)
    {
        if (Status != DocumentStatus.Draft)
        {
            return Result<string>.Failure($"document {Number} is already issued");
        }

        if (Revision == 0)
        {
            Sequence = sequence;
            Year = year;
        }

        Number = DocumentCodes.FormatNumber(Type, Year!.Value, Sequence!.Value, Revision);
        SnapshotJson = snapshotJson;
        Sha256 = HashOf(snapshotJson);
        PdfSha256 = pdf is null ? null : Convert.ToHexStringLower(SHA256.HashData(pdf));
        IssuedAt = at;
        IssuedBy = Guard.Text(by, "by");
        Status = DocumentStatus.Issued;
        return Result<string>.Success(Number);
    }

    /// <summary>Whether the stored hash is the SHA-256 of the stored snapshot.</summary>
    public bool HashMatches => SnapshotJson is not null && Sha256 == HashOf(SnapshotJson);

    public static string HashOf(string snapshotJson) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(snapshotJson)));
}

using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Documents;

/// <summary>What <c>/verify</c> may say about a number and hash: nothing but one of these.</summary>
public enum VerificationResult
{
    /// <summary>No issued document has that number with that hash (or the hash is not a SHA-256).</summary>
    NotIssued,

    /// <summary>Issued, and neither cancelled nor superseded.</summary>
    Valid,

    /// <summary>Issued, then cancelled by a cancellation document.</summary>
    Cancelled,

    /// <summary>Issued, then superseded by an amendment.</summary>
    Superseded,
}

/// <summary>
/// The public check of a printed document: was a document with this number AND this SHA-256 (its snapshot's, as in
/// the QR code, or its PDF's) issued? Numbers repeat between organisations, so the pair is looked up across all of
/// them — the one deliberate read past the organisation filter (decision 020) — and the answer is a
/// <see cref="VerificationResult"/> only: no name, date, amount or organisation leaves this class.
/// </summary>
public sealed class DocumentVerification(CorridorDbContext db)
{
    public async Task<VerificationResult> VerifyAsync(string? number, string? sha256, CancellationToken ct = default)
    {
        var n = number?.Trim().ToUpperInvariant() ?? "";
        var h = sha256?.Trim().ToLowerInvariant() ?? "";
        if (n.Length is 0 or > 40 || h.Length != 64 || !h.All(char.IsAsciiHexDigitLower))
        {
            return VerificationResult.NotIssued;
        }

        var id = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Number == n && d.Status == DocumentStatus.Issued && (d.Sha256 == h || d.PdfSha256 == h))
            .Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return VerificationResult.NotIssued;
        }

        var closers = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Issued && (d.CancelsId == id || d.SupersedesId == id)).Select(d => d.Type).ToListAsync(ct);
        return closers.Contains(DocumentType.Cancellation) ? VerificationResult.Cancelled
            : closers.Count > 0 ? VerificationResult.Superseded : VerificationResult.Valid;
    }
}

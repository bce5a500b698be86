using Corridor.Common;
using Corridor.Documents;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Documents;

/// <summary>
/// One document: its facts, the printed sheet (the same HTML the PDF is printed from), the PDF download once issued,
/// and the actions its state allows — issue a draft, cancel or amend an issued one — each behind a confirmation and
/// shown only to the role that owns the document's type (export manager: commercial, logistics planner: transport;
/// admin both); every post checks the same rule on the server (<see cref="DocumentsApi.MayWrite"/>).
/// </summary>
public sealed class DocumentModel(DocumentService documents, CorridorDbContext db) : PageModel
{
    public TradeDocument Document { get; private set; } = null!;

    /// <summary>"cancelled" or "superseded" when closed, else null.</summary>
    public string? ClosedAs { get; private set; }

    public IReadOnlyList<TradeDocument> Related { get; private set; } = [];

    public bool CanWrite { get; private set; }

    /// <summary>Whether the user may issue a credit note to this (current, issued) invoice and something is left to credit.</summary>
    public bool CanCredit { get; private set; }

    /// <summary>For a current, issued invoice: its currency and what can still be credited.</summary>
    public string Currency { get; private set; } = "";

    public Money? Creditable { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, ct);

    /// <summary>The printable sheet, shown in the page's frame.</summary>
    public async Task<IActionResult> OnGetSheetAsync(Guid id, CancellationToken ct) =>
        await documents.FindAsync(id, ct) is { } d ? Content(await documents.HtmlAsync(d, ct), "text/html; charset=utf-8") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d || await documents.PdfAsync(id, ct) is not { } pdf)
        {
            return NotFound();
        }

        return File(pdf, "application/pdf", DocumentsApi.PdfFileName(d));
    }

    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, async () => Outcome(await documents.IssueAsync(id, ct), d => $"Issued as {d.Number}."), ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason)
            ? ActAsync(id, () => Task.FromResult<Guid?>(Refuse("reason: give a reason for cancelling")), ct)
            : ActAsync(id, async () => Outcome(await documents.CancelAsync(id, reason, ct), d => $"Cancelled by {d.Number}."), ct);

    /// <summary>Issues a credit note to the invoice and opens it.</summary>
    public Task<IActionResult> OnPostCreditAsync(Guid id, string? amount, string? reason, CancellationToken ct)
    {
        if (!decimal.TryParse(amount?.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return ActAsync(id, () => Task.FromResult<Guid?>(Refuse($"amount: '{amount}' is not an amount (digits, a point for the decimals)")), ct);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? ActAsync(id, () => Task.FromResult<Guid?>(Refuse("reason: give a reason for the credit note")), ct)
            : ActAsync(id, async () => Outcome(await documents.CreditAsync(id, value, reason, ct), d => $"Credit note {d.Number} issued."), ct);
    }

    /// <summary>Drafts the amendment and opens it, to be checked and issued there.</summary>
    public Task<IActionResult> OnPostAmendAsync(Guid id, string? reason, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(reason)
            ? ActAsync(id, () => Task.FromResult<Guid?>(Refuse("reason: give a reason for the amendment")), ct)
            : ActAsync(id, async () => Outcome(await documents.AmendAsync(id, reason, null, ct), _ => "Amendment drafted: check it and issue it."), ct);

    private Guid? Refuse(string error)
    {
        Errors = [error];
        return Guid.Empty;
    }

    /// <summary>The document to show after the action: the one written (an amendment's draft, a cancellation), or Guid.Empty to stay; null when not found.</summary>
    private Guid? Outcome(Result<TradeDocument>? result, Func<TradeDocument, string> success)
    {
        if (result is null)
        {
            return null;
        }

        if (result.Succeeded)
        {
            Message = success(result.Value);
            return result.Value.Id;
        }

        Errors = result.Errors;
        return Guid.Empty;
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<Guid?>> action, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return NotFound();
        }

        if (!DocumentsApi.MayWrite(User, d.Type))
        {
            return Forbid();
        }

        var shown = await action();
        if (shown is null)
        {
            return NotFound();
        }

        db.ChangeTracker.Clear();
        return await ShowAsync(shown == Guid.Empty ? id : shown.Value, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return NotFound();
        }

        Document = d;
        ClosedAs = d.Status == DocumentStatus.Issued ? await documents.IsClosedAsync(d.Id, ct) : null;
        Related = (await documents.ListAsync(d.OrderNumber, ct: ct)).Where(x => x.Id != d.Id).ToList();
        CanWrite = DocumentsApi.MayWrite(User, d.Type);
        if (ClosedAs is null && await documents.CreditableAsync(d, ct) is { } creditable)
        {
            Currency = creditable.Currency.Code;
            Creditable = creditable;
            CanCredit = DocumentsApi.MayWrite(User, DocumentType.CreditNote) && creditable.Amount > 0;
        }

        return Page();
    }
}

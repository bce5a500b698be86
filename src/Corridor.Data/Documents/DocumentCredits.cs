using System.Text.Json;
using Corridor.Common;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Documents;

/// <summary>
/// Credit notes: the money correction of an issued, current commercial invoice. A credit note is a document of its own
/// (series CN, issued at once like a cancellation, not re-gated: the invoice it corrects passed the gates), names the
/// invoice and its hash, and credits an amount in the invoice's currency. What all issued, not cancelled credit notes
/// of an invoice credit never exceeds its total: checked when drafting and again inside the numbering transaction,
/// where the CN counter row serialises the organisation's credit notes, so two concurrent notes cannot both pass.
/// </summary>
public sealed partial class DocumentService
{
    /// <summary>Credits an issued, current commercial invoice by issuing a credit note for <paramref name="amount"/>; null when the invoice does not exist.</summary>
    public async Task<Result<TradeDocument>?> CreditAsync(Guid invoiceId, decimal amount, string reason, CancellationToken ct = default)
    {
        var invoice = await FindAsync(invoiceId, ct);
        if (invoice is null)
        {
            return null;
        }

        if (invoice.Type != DocumentType.CommercialInvoice || invoice.Status != DocumentStatus.Issued)
        {
            return Result<TradeDocument>.Failure($"only an issued commercial invoice can be credited ({invoice.Number ?? "draft"} is a {invoice.Type.ToText()}, {invoice.Status.ToString().ToLowerInvariant()})");
        }

        if (await IsClosedAsync(invoice.Id, ct) is { } closedBy)
        {
            return Result<TradeDocument>.Failure(closedBy == "superseded"
                ? $"invoice {invoice.Number} is superseded: credit its current amendment"
                : $"invoice {invoice.Number} is cancelled: a cancelled invoice is not credited");
        }

        var content = JsonSerializer.Deserialize<DocumentContent>(invoice.ContentJson, Json)!;
        if (content.Totals.Value is not { } value)
        {
            return Result<TradeDocument>.Failure($"invoice {invoice.Number} carries no total to credit");
        }

        var total = Money.Of(value, content.Currency);
        var note = TradeDocument.CreditNoteOf(invoice, total, await CreditedAsync(invoice.Id, total.Currency, null, ct), amount, reason, actor.Name, clock.GetUtcNow());
        if (!note.Succeeded)
        {
            return note;
        }

        db.Documents.Add(note.Value);
        await db.SaveChangesAsync(ct);
        var issued = await IssueAsync(note.Value.Id, ct);
        if (issued is { Succeeded: false })
        {
            // Refused inside the numbering transaction (another credit note came first): the draft goes, no number was used.
            db.Documents.Remove(note.Value);
            await db.SaveChangesAsync(ct);
        }

        return issued;
    }

    /// <summary>For an issued commercial invoice, what can still be credited (its total less its credit notes); null for any other document.</summary>
    public async Task<Money?> CreditableAsync(TradeDocument invoice, CancellationToken ct = default)
    {
        if (invoice.Type != DocumentType.CommercialInvoice || invoice.Status != DocumentStatus.Issued
            || JsonSerializer.Deserialize<DocumentContent>(invoice.ContentJson, Json) is not { Totals.Value: { } value } content)
        {
            return null;
        }

        var total = Money.Of(value, content.Currency);
        return total - await CreditedAsync(invoice.Id, total.Currency, null, ct);
    }

    /// <summary>What the issued, not cancelled credit notes of an invoice credit (other than <paramref name="except"/>).</summary>
    public async Task<Money> CreditedAsync(Guid invoiceId, Currency currency, Guid? except, CancellationToken ct = default)
    {
        var amounts = await db.Documents.AsNoTracking()
            .Where(d => d.Type == DocumentType.CreditNote && d.Status == DocumentStatus.Issued && d.CreditsId == invoiceId && d.Id != except)
            .Where(d => !db.Documents.Any(c => c.Status == DocumentStatus.Issued && c.CancelsId == d.Id))
            .Select(d => d.CreditAmount ?? 0m)
            .ToListAsync(ct);
        return new Money(amounts.Sum(), currency);
    }

    /// <summary>Inside the numbering transaction: why the credit note can no longer be issued, or null.</summary>
    private async Task<string?> CreditRefusalAsync(TradeDocument note, CancellationToken ct)
    {
        using var content = JsonDocument.Parse(note.ContentJson);
        var total = Money.Of(content.RootElement.GetProperty("invoice_total").GetDecimal(), note.CreditCurrency!);
        var credited = await CreditedAsync(note.CreditsId!.Value, total.Currency, note.Id, ct);
        var amount = new Money(note.CreditAmount!.Value, total.Currency);
        return credited + amount is var sum && sum.Amount > total.Amount
            ? $"amount: {amount} with {credited} already credited is {sum}, more than the invoice's total {total}"
            : null;
    }
}

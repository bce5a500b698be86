using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Corridor.Tests.Documents.DocumentsApiTests;

namespace Corridor.Tests.Documents;

/// <summary>Credit notes end to end: roles, their own series, the invoice's total as the limit, PDF, cancellation, audit, isolation.</summary>
public sealed class DocumentCreditTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    /// <summary>DEMO-BY-SHAHIN's total from orders.csv itself: 60 × 12,000 + 40 × 9,000 USD.</summary>
    private static decimal Total => File.ReadLines(Path.Combine(Fixtures.ReferenceData, "orders.csv")).Skip(1).Select(l => l.Split(','))
        .Where(f => f[0] == "DEMO-BY-SHAHIN").Sum(f => decimal.Parse(f[14], CultureInfo.InvariantCulture) * decimal.Parse(f[15], CultureInfo.InvariantCulture));

    [Fact]
    public async Task CreditNote_OfAnIssuedInvoice_IsNumberedInItsOwnSeries_AndNeverExceedsTheInvoiceTotal()
    {
        var manager = await Factory.TokenClientAsync("A", Role.ExportManager);
        var planner = await Factory.TokenClientAsync("A", Role.LogisticsPlanner);
        var analyst = await Factory.TokenClientAsync("A", Role.Analyst);
        var set = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" }));
        var invoice = Id(set, "commercial_invoice");
        var packingList = Id(set, "packing_list");

        // A draft is not credited; only the export manager (or admin) credits.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 100m, reason = "x" })).StatusCode);
        var number = (await JsonAsync(await manager.PostAsync($"/api/documents/{invoice}/issue", null))).GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 100m, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 100m, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 100m })).StatusCode);

        var first = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 12_000m, reason = "one Shahin damaged in transit" }));
        Assert.Matches(@"^CN-\d{4}-000001$", first.GetProperty("number").GetString()!);
        Assert.Equal("issued", first.GetProperty("status").GetString());
        Assert.Equal(invoice, first.GetProperty("creditsId").GetString());
        Assert.Equal(12_000m, first.GetProperty("creditAmount").GetDecimal());
        Assert.Equal("USD", first.GetProperty("creditCurrency").GetString());

        // More than what is left is refused with the figures, and takes no number; exactly what is left passes.
        var left = Total - 12_000m;
        var over = await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = left + 0.01m, reason = "too much" });
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        var body = await over.Content.ReadAsStringAsync();
        Assert.Contains("amount:", body, StringComparison.Ordinal);
        Assert.Contains(Total.ToString("N2", CultureInfo.InvariantCulture) + " USD", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 0.001m, reason = "below a cent" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = -5m, reason = "negative" })).StatusCode);
        var rest = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = left, reason = "order returned" }));
        Assert.Matches(@"^CN-\d{4}-000002$", rest.GetProperty("number").GetString()!);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 0.01m, reason = "nothing left" })).StatusCode);

        // Cancelling a credit note gives its amount back; a credit note is not amended; a packing list is not credited.
        var restId = rest.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{restId}/amend", new { reason = "x" })).StatusCode);
        await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{restId}/cancel", new { reason = "return refused" }));
        var third = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 500.50m, reason = "late delivery" }));
        Assert.Matches(@"^CN-\d{4}-000003$", third.GetProperty("number").GetString()!);
        await JsonAsync(await manager.PostAsync($"/api/documents/{packingList}/issue", null));
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{packingList}/credit", new { amount = 1m, reason = "x" })).StatusCode);

        // Its PDF like any other document's: number, the invoice it credits and the amount, on the stored bytes.
        var pdf = await (await manager.GetAsync($"/api/documents/{third.GetProperty("id").GetString()}/pdf")).Content.ReadAsByteArrayAsync();
        var text = string.Concat((await PdfText.ReadAsync(pdf)).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(third.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("500.50USD", text, StringComparison.Ordinal);
        Assert.Contains("Кредит-нота", text, StringComparison.Ordinal);
        Assert.Equal($"Credit note {third.GetProperty("number").GetString()}", PdfPackaging.ReadInfo(pdf).Title);

        // An amended (superseded) invoice is not credited: its amendment is.
        var amendment = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{invoice}/amend", new { reason = "address" }));
        await JsonAsync(await manager.PostAsync($"/api/documents/{amendment.GetProperty("id").GetString()}/issue", null));
        var superseded = await manager.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 1m, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, superseded.StatusCode);
        Assert.Contains("superseded", await superseded.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every credit note is in the audit log, with its amount; another organisation finds none of it.
        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var notes = (await db.Documents.Where(d => d.Type == DocumentType.CreditNote).Select(d => d.Id).ToListAsync()).Select(id => id.ToString()).ToList();
            Assert.Equal(3, notes.Count);
            var audited = await db.AuditLog.Where(a => a.EntityType == nameof(TradeDocument) && a.Action == "added").Select(a => new { a.EntityKey, a.Changes }).ToListAsync();
            Assert.All(notes, n => Assert.Contains(audited, a => a.EntityKey == n && a.Changes.Contains("credit", StringComparison.OrdinalIgnoreCase)));
        });
        var other = await Factory.TokenClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/documents/{invoice}/credit", new { amount = 1m, reason = "x" })).StatusCode);
    }
}

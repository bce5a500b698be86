using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using static Corridor.Tests.Documents.DocumentsApiTests;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Documents;

/// <summary>Issued documents' PDFs end to end: stored bytes and hash, metadata, embedded snapshot, printed text, download, and the public /verify page.</summary>
public sealed class DocumentPdfTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    /// <summary>The order's total from orders.csv itself (quantity × unit price per line), not from the documents code.</summary>
    private static decimal OrderTotalFromCsv(string order) =>
        File.ReadLines(Path.Combine(Fixtures.ReferenceData, "orders.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == order).Sum(f => decimal.Parse(f[14], CultureInfo.InvariantCulture) * decimal.Parse(f[15], CultureInfo.InvariantCulture));

    [Fact]
    public async Task IssuedInvoice_Pdf_IsStoredWithItsHashMetadataAndSnapshot_AndVerifies()
    {
        var manager = await Factory.TokenClientAsync("A", Role.ExportManager);
        var set = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" }));
        var draftId = Id(set, "commercial_invoice");
        Assert.Equal(HttpStatusCode.Conflict, (await manager.GetAsync($"/api/documents/{draftId}/pdf")).StatusCode); // a draft has no PDF

        var issued = await JsonAsync(await manager.PostAsync($"/api/documents/{draftId}/issue", null));
        var number = issued.GetProperty("number").GetString()!;
        var snapshot = issued.GetProperty("snapshot").GetString()!;
        var snapshotHash = issued.GetProperty("sha256").GetString()!;

        var response = await manager.GetAsync($"/api/documents/{draftId}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var pdfHash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal(pdfHash, issued.GetProperty("pdfSha256").GetString());

        string organisationName = "";
        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var stored = await db.DocumentPdfs.SingleAsync(p => p.DocumentId == Guid.Parse(draftId));
            var document = await db.Documents.SingleAsync(d => d.Id == Guid.Parse(draftId));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored.Content)), document.PdfSha256);
            Assert.Equal(pdf, stored.Content);
            organisationName = (await db.Organisations.SingleAsync(o => o.Id == Factory.OrganisationA)).Name;

            // The PDF is as immutable as its document.
            db.Remove(stored);
            await Assert.ThrowsAsync<IssuedDocumentException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(snapshot, PdfPackaging.ReadAttachment(pdf));
        var info = PdfPackaging.ReadInfo(pdf);
        Assert.Equal($"Commercial invoice {number}", info.Title);
        Assert.Equal(organisationName, info.Author);
        Assert.Equal("Commercial invoice", info.Subject);

        var text = await PdfText.ReadAsync(pdf);
        Assert.Contains(number, text, StringComparison.Ordinal);
        // pdftotext breaks lines inside table cells and the wrapped link: compare without whitespace.
        var joined = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(OrderTotalFromCsv("DEMO-BY-SHAHIN").ToString("N2", CultureInfo.InvariantCulture) + "USD", joined, StringComparison.Ordinal);
        Assert.Contains("Коммерческийсчёт", joined, StringComparison.Ordinal);
        Assert.Contains($"/verify/{number}?h={snapshotHash}", joined, StringComparison.Ordinal);

        // /verify: public; valid with the snapshot's or the PDF's hash, not with a changed one or another document's.
        var packingList = await JsonAsync(await manager.PostAsync($"/api/documents/{Id(set, "packing_list")}/issue", null));
        var anonymous = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var tampered = (snapshotHash[0] == '0' ? "1" : "0") + snapshotHash[1..];
        Assert.Equal("valid", await VerifyAsync(anonymous, number, snapshotHash));
        Assert.Equal("valid", await VerifyAsync(anonymous, number, pdfHash));
        Assert.Equal("notissued", await VerifyAsync(anonymous, number, tampered));
        Assert.Equal("notissued", await VerifyAsync(anonymous, number, packingList.GetProperty("sha256").GetString()!));
        Assert.Equal("notissued", await VerifyAsync(anonymous, number, null));

        // Nothing of the organisation or the document beyond valid/invalid.
        var page = await (await anonymous.GetAsync($"/verify/{number}?h={snapshotHash}")).Content.ReadAsStringAsync();
        foreach (var secret in new[] { organisationName, "Saipa", "Belarus", "1,080,000", "SHAHIN", "DEMO-BY-SHAHIN" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.OrdinalIgnoreCase);
        }

        // Another organisation's numbers start at 1 too: B's INV number with A's hash is not B's document, and B sees nothing of A.
        var other = await Factory.TokenClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/documents/{draftId}/pdf")).StatusCode);

        // Cancelled documents say so.
        await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{draftId}/cancel", new { reason = "wrong consignee" }));
        Assert.Equal("cancelled", await VerifyAsync(anonymous, number, snapshotHash));
    }

    private static async Task<string> VerifyAsync(HttpClient client, string number, string? hash)
    {
        var response = await client.GetAsync($"/verify/{number}" + (hash is null ? "" : $"?h={hash}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var marker = "data-result=\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, html);
        return html[(at + marker.Length)..html.IndexOf('"', at + marker.Length)];
    }
}

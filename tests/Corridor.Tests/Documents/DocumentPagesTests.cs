using System.Net;
using System.Text.RegularExpressions;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;

namespace Corridor.Tests.Documents;

/// <summary>The Documents pages through the test host: draft the set, issue with the form, sheet and PDF, roles.</summary>
public sealed partial class DocumentPagesTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    [GeneratedRegex("data-id=\"([0-9a-f-]{36})\" data-type=\"commercial_invoice\"")]
    private static partial Regex InvoiceRow();

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields) =>
        new([new("__RequestVerificationToken", AntiForgery.Token(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);

    [Fact]
    public async Task Documents_ManagerDraftsAndIssuesInvoice_AnalystOnlyReads()
    {
        var manager = await app.Factory.SignedInClientAsync("A", Role.ExportManager);
        var list = await manager.GetStringAsync("/documents");
        var drafted = await manager.PostAsync("/documents?handler=Draft", Form(list, ("draftOrder", "DEMO-BY-SHAHIN")));
        var listed = await drafted.Content.ReadAsStringAsync();
        Assert.Contains("Drafted", listed, StringComparison.Ordinal);
        var id = InvoiceRow().Match(listed).Groups[1].Value;
        Assert.NotEmpty(id);

        var page = await manager.GetStringAsync($"/documents/{id}");
        Assert.Contains("id=\"issue-form\"", page, StringComparison.Ordinal);
        var issued = await (await manager.PostAsync($"/documents/{id}?handler=Issue", Form(page))).Content.ReadAsStringAsync();
        Assert.Matches(@"Issued as INV-\d{4}-\d{6}\.", issued);
        Assert.Contains("id=\"download-pdf\"", issued, StringComparison.Ordinal);

        var pdf = await manager.GetAsync($"/documents/{id}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Коммерческий счёт", await manager.GetStringAsync($"/documents/{id}?handler=Sheet"), StringComparison.Ordinal);

        var analyst = await app.Factory.SignedInClientAsync("A", Role.Analyst);
        var read = await analyst.GetStringAsync($"/documents/{id}");
        Assert.DoesNotContain("id=\"cancel-form\"", read, StringComparison.Ordinal);
        var refused = await analyst.PostAsync($"/documents/{id}?handler=Cancel", Form(read, ("reason", "not mine")));
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode); // people are sent to the access-denied page
        Assert.Contains("/account/denied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);

        var other = await app.Factory.SignedInClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/documents/{id}?handler=Pdf")).StatusCode);
    }
}

using System.Globalization;
using Corridor.Documents;
using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Documents;

/// <summary>
/// Issue 14's browser test in Chromium: an export manager drafts the document set of a demo order, opens the invoice,
/// issues it after the confirmation, downloads the PDF; its text holds the number, the buyer's name in Cyrillic and the
/// order's total (computed here from orders.csv); the verification page says valid.
/// </summary>
public sealed class DocumentsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ExportManager_IssuesAnInvoice_DownloadsThePdf_AndVerifiesIt()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/documents");
        await page.FillAsync("#draft-order", "DEMO-BY-SHAHIN");
        await page.ClickAsync("#draft-form button[type=submit]");
        var invoice = page.Locator($"#documents tr[data-type='{DocumentType.CommercialInvoice.ToText()}']").First;
        await invoice.WaitForAsync();
        var id = await invoice.GetAttributeAsync("data-id");
        await page.GotoAsync($"{fixture.BaseUrl}/documents/{id}");

        string? asked = null;
        page.Dialog += async (_, d) => { asked = d.Message; await d.AcceptAsync(); };
        await page.ClickAsync("#issue-form button[type=submit]");
        await page.Locator("#download-pdf").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("it can never be changed afterwards", asked, StringComparison.Ordinal);
        var number = (await page.InnerTextAsync("#number")).Trim();
        Assert.StartsWith("INV-", number, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-pdf"));
        var file = Path.Combine(Path.GetTempPath(), $"corridor-download-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var text = await PdfText.ReadAsync(await File.ReadAllBytesAsync(file));
        File.Delete(file);
        var joined = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("БелорусскийпартнёрСайпы", joined, StringComparison.Ordinal);
        Assert.Contains(OrderTotalFromCsv("DEMO-BY-SHAHIN").ToString("N2", CultureInfo.InvariantCulture) + "USD", joined, StringComparison.Ordinal);

        await BrowserLinks.FollowAsync(page, page.Locator("a:text('Verification page')"));
        Assert.Contains("valid", (await page.InnerTextAsync("main")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain("Сайпы", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    /// <summary>The order's total from orders.csv itself (quantity × unit price per line).</summary>
    private static decimal OrderTotalFromCsv(string order) =>
        File.ReadLines(Path.Combine(Fixtures.ReferenceData, "orders.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == order).Sum(f => decimal.Parse(f[14], CultureInfo.InvariantCulture) * decimal.Parse(f[15], CultureInfo.InvariantCulture));
}

using System.Text.RegularExpressions;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Documents;

/// <summary>
/// Issue 14's "done when" in Chromium, from the demo: the full document set of DEMO-RU-CASPIAN (Caspian port →
/// Astrakhan by ferry) issued in the web app — commercial documents by the export manager, the rail note and the bill
/// of lading by the logistics planner —, every PDF downloaded, one verified through the URL its QR code carries (read
/// from the PDF, and the QR image on the sheet is the one that URL encodes), one cancelled, one amended, one credited,
/// and each of those in the administrator's audit log. The analyst sees no write control.
/// </summary>
public sealed partial class DocumentsCaspianBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Order = "DEMO-RU-CASPIAN";

    [Fact]
    public async Task CaspianShipment_FullSetIssuedDownloadedVerifiedCancelledAmended_AndAudited()
    {
        var manager = await fixture.SignedInPageAsync(Role.ExportManager);
        var planner = await fixture.SignedInPageAsync(Role.LogisticsPlanner);
        foreach (var p in new[] { manager, planner })
        {
            p.Dialog += async (_, d) => await d.AcceptAsync();
        }

        await manager.GotoAsync(fixture.BaseUrl + "/documents");
        await manager.FillAsync("#draft-order", Order);
        await manager.ClickAsync("#draft-form button[type=submit]");
        await manager.Locator($"#documents tr[data-type='{DocumentType.BillOfLading.ToText()}']").First.WaitForAsync();
        var rows = manager.Locator("#documents tbody tr");
        var set = new List<(string Id, string Type, string Title)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            set.Add((await row.GetAttributeAsync("data-id") ?? "", await row.GetAttributeAsync("data-type") ?? "", (await row.InnerTextAsync()).Trim()));
        }

        // The set the route asks for: the ferry crossing under a bill of lading, the rail legs to the port under one rail note.
        Assert.Equal(["bill_of_lading", "certificate_of_origin", "commercial_invoice", "packing_list", "rail_consignment_note"], set.Select(s => s.Type).Order());
        Assert.Contains("IR-CASPIAN-PORT → RU-ASTRAKHAN", set.Single(s => s.Type == "bill_of_lading").Title, StringComparison.Ordinal);

        // Issue each with the role that owns it; the other role has no Issue button on it.
        var numbers = new Dictionary<string, string>();
        foreach (var (id, type, _) in set)
        {
            var transport = DocumentCodes.TryParse(type, out var t) && t.IsTransport();
            var (owner, other) = transport ? (planner, manager) : (manager, planner);
            await other.GotoAsync($"{fixture.BaseUrl}/documents/{id}");
            Assert.Equal(0, await other.Locator("#issue-form").CountAsync());
            await owner.GotoAsync($"{fixture.BaseUrl}/documents/{id}");
            await owner.ClickAsync("#issue-form button[type=submit]");
            await owner.Locator("#download-pdf").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            numbers[type] = (await owner.InnerTextAsync("#number")).Trim();

            // Every PDF downloads, and holds its number.
            var text = await DownloadTextAsync(owner);
            Assert.Contains(numbers[type], text, StringComparison.Ordinal);
        }

        Assert.Matches(@"^BL-\d{4}-\d{6}$", numbers["bill_of_lading"]);
        Assert.Matches(@"^SMGS-\d{4}-\d{6}$", numbers["rail_consignment_note"]);

        // Verify the bill of lading by its QR code: the URL printed under it in the PDF, which the QR image on the sheet encodes.
        var bl = set.Single(s => s.Type == "bill_of_lading").Id;
        await manager.GotoAsync($"{fixture.BaseUrl}/documents/{bl}");
        var pdfText = string.Concat((await DownloadTextAsync(manager)).Where(c => !char.IsWhiteSpace(c)));
        var url = VerifyUrl().Match(pdfText);
        Assert.True(url.Success, "no verification URL in the PDF: " + pdfText);
        Assert.Equal(numbers["bill_of_lading"], url.Groups["number"].Value);
        var sheet = await (await manager.APIRequest.GetAsync($"{fixture.BaseUrl}/documents/{bl}?handler=Sheet")).TextAsync();
        Assert.Contains(VerificationCode.QrDataUri(url.Value), sheet, StringComparison.Ordinal);
        await manager.GotoAsync(fixture.BaseUrl + new Uri(url.Value).PathAndQuery);
        Assert.Equal("valid", await manager.GetAttributeAsync("#verify-result", "data-result"));

        // Cancel the packing list; amend the invoice (and issue the amendment); credit the amendment.
        var packingList = set.Single(s => s.Type == "packing_list").Id;
        await manager.GotoAsync($"{fixture.BaseUrl}/documents/{packingList}");
        await manager.FillAsync("#cancel-reason", "packages counted twice");
        await manager.ClickAsync("#cancel-form button[type=submit]");
        await manager.Locator("#message").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("Cancelled by CXL-", await manager.InnerTextAsync("#message"), StringComparison.Ordinal);
        var cancellation = await ShownIdAsync(manager, "#download-pdf", "href");

        var invoice = set.Single(s => s.Type == "commercial_invoice").Id;
        await manager.GotoAsync($"{fixture.BaseUrl}/documents/{invoice}");
        await manager.FillAsync("#amend-reason", "buyer's address corrected");
        await manager.ClickAsync("#amend-form button[type=submit]");
        await manager.Locator("#issue-form").WaitForAsync();
        var amendment = await ShownIdAsync(manager, "#issue-form", "action");
        await manager.ClickAsync("#issue-form button[type=submit]");
        await manager.Locator("#download-pdf").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal(numbers["commercial_invoice"] + "/A1", (await manager.InnerTextAsync("#number")).Trim());

        await manager.FillAsync("#credit-amount", "960.00");
        await manager.FillAsync("#credit-reason", "20 radiators short");
        await manager.ClickAsync("#credit-form button[type=submit]");
        await manager.Locator("#credited").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal("960.00 USD", (await manager.InnerTextAsync("#credited")).Trim());
        Assert.StartsWith("CN-", (await manager.InnerTextAsync("#number")).Trim(), StringComparison.Ordinal);
        var credit = await ShownIdAsync(manager, "#download-pdf", "href");

        // The states the public page reports now.
        Assert.Equal("cancelled", await VerifyStateAsync(manager, packingList));
        Assert.Equal("superseded", await VerifyStateAsync(manager, invoice));
        Assert.Equal("valid", await VerifyStateAsync(manager, amendment));

        // The audit log (administrator) holds the cancellation, the amendment and the credit note, by the export manager.
        var admin = await fixture.SignedInPageAsync(Role.Admin);
        await admin.GotoAsync(fixture.BaseUrl + "/account/audit?entity=" + nameof(TradeDocument));
        var log = await admin.InnerTextAsync("#audit");
        foreach (var id in new[] { cancellation, amendment, credit })
        {
            Assert.Contains(id, log, StringComparison.Ordinal);
        }

        Assert.Contains("export-manager@", log, StringComparison.Ordinal);

        // The analyst reads, and finds no control to draft, issue, amend, cancel or credit.
        var analyst = await fixture.SignedInPageAsync(Role.Analyst);
        await analyst.GotoAsync(fixture.BaseUrl + "/documents?order=" + Order);
        Assert.Equal(0, await analyst.Locator("#draft-form").CountAsync());
        foreach (var id in new[] { amendment, bl, set.Single(s => s.Type == "certificate_of_origin").Id })
        {
            await analyst.GotoAsync($"{fixture.BaseUrl}/documents/{id}");
            Assert.Equal(1, await analyst.Locator("#download-pdf").CountAsync());
            Assert.Equal(0, await analyst.Locator("#issue-form, #amend-form, #cancel-form, #credit-form").CountAsync());
        }
    }

    private static async Task<string> DownloadTextAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-pdf"));
        var file = Path.Combine(Path.GetTempPath(), $"corridor-download-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            return await PdfText.ReadAsync(await File.ReadAllBytesAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Follows the document page's "Verification page" link and reads the result.</summary>
    private async Task<string?> VerifyStateAsync(IPage page, string id)
    {
        await page.GotoAsync($"{fixture.BaseUrl}/documents/{id}");
        await BrowserLinks.FollowAsync(page, page.Locator("a:text('Verification page')"));
        return await page.GetAttributeAsync("#verify-result", "data-result");
    }

    /// <summary>The id of the document the page shows (after a post the address is still the one posted to), from a link or form of it.</summary>
    private static async Task<string> ShownIdAsync(IPage page, string selector, string attribute)
    {
        var target = await page.GetAttributeAsync(selector, attribute) ?? "";
        var id = DocumentId().Match(target).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(id), $"no document id in {selector} {attribute}='{target}'");
        return id;
    }

    [GeneratedRegex(@"https?://[^\s]+?/verify/(?<number>[A-Z]+-\d{4}-\d{6}(/A\d+)?)\?h=[0-9a-f]{64}")]
    private static partial Regex VerifyUrl();

    [GeneratedRegex("/documents/([0-9a-f-]{36})")]
    private static partial Regex DocumentId();
}

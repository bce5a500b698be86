using System.Globalization;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Browser;

/// <summary>
/// The operations write pages in Chromium over the demo database, per role: market rules (operator), certificates
/// (export manager), exchange rates (operator), shipment tracking (logistics planner). The writer's write is shown; a
/// read-only role sees no form and its direct post is refused; bad input is shown next to its field.
/// </summary>
public sealed class OperationsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorWaitForOptions Slow = new() { Timeout = 60_000 };

    [Fact]
    public async Task Rules_OperatorAddsRule_ShownInTheList_BadPeriodNamesTheField()
    {
        var page = await fixture.SignedInPageAsync(Role.Operator);
        await page.GotoAsync(fixture.BaseUrl + "/access/rules");
        await Fill(page, "#add-rule", ("code", "KZ-TEST-APPROVAL-2030"), ("title", "Type approval for Kazakhstan"), ("source", "https://example.org/decree"),
            ("validFrom", "2030-01-01"), ("validUntil", "2029-01-01"));
        await page.SelectOptionAsync("#rule-market", "KZ");
        await page.SelectOptionAsync("#rule-kind", "TYPE-APPROVAL");
        await page.ClickAsync("#add-rule button[type=submit]");
        var error = page.Locator("#add-rule .field-error[data-field=validuntil]");
        await error.WaitForAsync(Slow);
        Assert.Contains("before it starts", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#rules tr[data-rule='KZ-TEST-APPROVAL-2030']").CountAsync());

        await page.FillAsync("#rule-until", "");
        await page.ClickAsync("#add-rule button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        var row = page.Locator("#rules tr[data-rule='KZ-TEST-APPROVAL-2030']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("2030-01-01", await row.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_Analyst_SeesNoForm_AndADirectPostIsRefused()
    {
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync(fixture.BaseUrl + "/access/rules");
        Assert.Equal(0, await page.Locator("#add-rule").CountAsync());
        var response = await PostAsync(page, "/access/rules?handler=Add", ("code", "KZ-REFUSED"), ("market", "KZ"), ("kind", "TYPE-APPROVAL"), ("validFrom", "2030-01-01"), ("title", "x"), ("source", "x"));
        AssertRefused(response);
        await page.GotoAsync(fixture.BaseUrl + "/access/rules?market=KZ");
        Assert.Equal(0, await page.Locator("#rules tr[data-rule='KZ-REFUSED']").CountAsync());
    }

    [Fact]
    public async Task Certificates_ExpiredDemoCertificate_IsExpiredAndAlerted_RenewalSilencesTheAlert()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);

        // The demo's Tara approval expired on 2026-02-01 and is still recorded valid: shown expired, and alerted however long ago.
        await page.GotoAsync(fixture.BaseUrl + "/access/certificates?model=TARA&market=RU&kind=OTTS");
        var old = page.Locator("#certificates tr[data-number='PLACEHOLDER-OTTS-TARA-2023']");
        Assert.Equal("expired", await old.Locator(".badge").InnerTextAsync());
        await page.GotoAsync(fixture.BaseUrl + "/access/alerts");
        var overdue = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - new DateOnly(2026, 2, 1).DayNumber;
        var alert = page.Locator("#alerts tr", new PageLocatorOptions { HasText = "PLACEHOLDER-OTTS-TARA-2023" });
        Assert.Contains($"expired {overdue} day(s) ago", await alert.InnerTextAsync(), StringComparison.Ordinal);

        await BrowserLinks.FollowAsync(page, alert.GetByText("renew or record its status"));
        await page.Locator("#renew-form").WaitForAsync(Slow);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.FillAsync("#renew-number", "OTTS-TARA-RENEWED-1");
        await page.FillAsync("#renew-issued", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#renew-expires", today.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#renew-source", "scan of the renewed approval");
        await page.ClickAsync("#renew-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        var renewed = page.Locator("#certificates tr[data-number='OTTS-TARA-RENEWED-1']");
        Assert.Equal("valid", await renewed.Locator(".badge").InnerTextAsync());
        Assert.Contains("scan of the renewed approval", await renewed.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(fixture.BaseUrl + "/access/alerts");
        Assert.Equal(0, await page.Locator("#alerts tr", new PageLocatorOptions { HasText = "PLACEHOLDER-OTTS-TARA-2023" }).CountAsync());
    }

    [Fact]
    public async Task Certificates_RecordBadPeriodNamesTheField_ThenRevokeAfterConfirming()
    {
        var page = await fixture.SignedInPageAsync(Role.ComplianceOfficer);
        string? asked = null;
        page.Dialog += async (_, d) => { asked = d.Message; await d.AcceptAsync(); };
        await page.GotoAsync(fixture.BaseUrl + "/access/certificates");
        await page.SelectOptionAsync("#cert-model", "SHAHIN");
        await page.SelectOptionAsync("#cert-market", "KZ");
        await page.SelectOptionAsync("#cert-kind", "OTTS");
        await Fill(page, "#add-certificate", ("number", "KZ-OTTS-SHAHIN-1"), ("issuer", "Kazakh standards body"), ("issuedOn", "2026-06-01"), ("expiresOn", "2026-01-01"), ("source", "approval letter"));
        await page.ClickAsync("#add-certificate button[type=submit]");
        var error = page.Locator("#add-certificate .field-error[data-field=expireson]");
        await error.WaitForAsync(Slow);
        Assert.Contains("before it is issued", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#certificates tr[data-number='KZ-OTTS-SHAHIN-1']").CountAsync());

        await page.FillAsync("#cert-expires", "2029-06-01");
        await page.ClickAsync("#add-certificate button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        var row = page.Locator("#certificates tr[data-number='KZ-OTTS-SHAHIN-1']");
        Assert.Equal("valid", await row.Locator(".badge").InnerTextAsync());

        await BrowserLinks.FollowAsync(page, row.GetByText("renew or change status"));
        await page.SelectOptionAsync("#status-status", "revoked");
        await page.FillAsync("#status-from", "2026-07-01");
        await page.FillAsync("#status-reason", "withdrawn by the issuer");
        await page.ClickAsync("#status-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        Assert.Contains("revocation is final", asked, StringComparison.Ordinal);
        Assert.Equal("revoked", await page.Locator("#certificates tr[data-number='KZ-OTTS-SHAHIN-1'] .badge").InnerTextAsync());
    }

    [Fact]
    public async Task Certificates_Analyst_SeesNoForm_AndADirectPostIsRefused()
    {
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync(fixture.BaseUrl + "/access/certificates");
        Assert.Equal(0, await page.Locator("#add-certificate, #renew-form, #status-form").CountAsync());
        Assert.Equal(0, await page.GetByText("renew or change status").CountAsync());
        var response = await PostAsync(page, "/access/certificates?handler=Add", ("model", "TARA"), ("market", "KZ"), ("kind", "OTTS"), ("number", "ANALYST-1"),
            ("issuer", "x"), ("issuedOn", "2026-01-01"), ("source", "x"));
        AssertRefused(response);
        await page.GotoAsync(fixture.BaseUrl + "/access/certificates");
        Assert.Equal(0, await page.Locator("#certificates tr[data-number='ANALYST-1']").CountAsync());
    }

    [Fact]
    public async Task Rates_OperatorEntersARate_BadRateNamesTheField_ExportManagerSeesNoForm()
    {
        var page = await fixture.SignedInPageAsync(Role.Operator);
        await page.GotoAsync(fixture.BaseUrl + "/trade/rates");
        await Fill(page, "#rate-form", ("base", "USD"), ("quote", "KZT"), ("day", "2026-12-01"), ("rate", "five hundred"), ("source", "National Bank of Kazakhstan, 1 Dec 2026"));
        await page.ClickAsync("#rate-form button[type=submit]");
        var error = page.Locator("#rate-form .field-error[data-field=rate]");
        await error.WaitForAsync(Slow);
        Assert.Contains("not a number", await error.InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#rate-rate", "512.25");
        await page.ClickAsync("#rate-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        Assert.Equal("512.25", await page.Locator("#rates tr[data-pair='USD/KZT'][data-day='2026-12-01'] .rate").InnerTextAsync());

        var manager = await fixture.SignedInPageAsync(Role.ExportManager);
        await manager.GotoAsync(fixture.BaseUrl + "/trade/rates?currency=KZT");
        Assert.Equal(0, await manager.Locator("#rate-form").CountAsync());
        Assert.Equal("512.25", await manager.Locator("#rates tr[data-pair='USD/KZT'][data-day='2026-12-01'] .rate").InnerTextAsync());
        var refused = await PostAsync(manager, "/trade/rates?handler=Save", ("base", "USD"), ("quote", "KZT"), ("day", "2026-12-01"), ("rate", "1"), ("source", "x"));
        AssertRefused(refused);
        await manager.ReloadAsync();
        Assert.Equal("512.25", await manager.Locator("#rates tr[data-pair='USD/KZT'][data-day='2026-12-01'] .rate").InnerTextAsync());
    }

    [Fact]
    public async Task Shipments_PlannerTracksAndRecordsADelay_EtaMovesByTheDelay_AnalystIsRefused()
    {
        var page = await fixture.SignedInPageAsync(Role.LogisticsPlanner);
        await page.GotoAsync(fixture.BaseUrl + "/logistics/shipments");
        await page.FillAsync("#ship-reference", "SHIP-WEB-1");
        await page.ClickAsync("#shipment-form button[type=submit]");
        await page.Locator("#eta").WaitForAsync(Slow);
        Assert.Contains("SHIP-WEB-1", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var before = Eta(await page.InnerTextAsync("#eta"));

        // A delay without hours is refused next to the hours field, and nothing is recorded.
        await page.SelectOptionAsync("#event-kind", "Delayed");
        await page.ClickAsync("#event-form button[type=submit]");
        var error = page.Locator("#event-form .field-error[data-field=delayhours]");
        await error.WaitForAsync(Slow);
        Assert.Contains("positive number of hours", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#events li").CountAsync());

        await page.FillAsync("#event-delay", "30");
        await page.FillAsync("#event-note", "queue at the border");
        await page.ClickAsync("#event-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        Assert.Equal(before.AddHours(30), Eta(await page.InnerTextAsync("#eta")));
        Assert.Contains("queue at the border", await page.InnerTextAsync("#events"), StringComparison.Ordinal);
        var url = page.Url;

        var analyst = await fixture.SignedInPageAsync(Role.Analyst);
        await analyst.GotoAsync(url);
        Assert.Equal(0, await analyst.Locator("#event-form").CountAsync());
        Assert.Contains("queue at the border", await analyst.InnerTextAsync("#events"), StringComparison.Ordinal);
        var id = new Uri(url).Segments[^1];
        var refused = await PostAsync(analyst, $"/logistics/shipments/{id}?handler=Event", ("kind", "Delayed"), ("node", "IKCO-TEHRAN"), ("at", "2026-12-07T10:00"), ("delayHours", "5"));
        AssertRefused(refused);
        await analyst.GotoAsync(fixture.BaseUrl + "/logistics/shipments");
        Assert.Equal(0, await analyst.Locator("#shipment-form").CountAsync());
        Assert.Equal(1, await analyst.Locator("#shipments tr[data-reference='SHIP-WEB-1']").CountAsync());
        await analyst.ReloadAsync();
        await page.ReloadAsync();
        Assert.Equal(1, await page.Locator("#events li").CountAsync());
    }

    [Fact]
    public async Task Scenarios_PlannerCreatesAndEdits_UnknownNodeNamesTheChanges_AnalystIsRefused()
    {
        var page = await fixture.SignedInPageAsync(Role.LogisticsPlanner);
        await page.GotoAsync(fixture.BaseUrl + "/logistics/scenarios");
        await page.FillAsync("#scenario-name", "WEB-ASTARA-QUEUE");
        await page.FillAsync("#scenario-changes", """[ { "kind": "border_delay", "node": "NO-SUCH-NODE", "median_delay_hours": 48, "p90_delay_hours": 144 } ]""");
        await page.ClickAsync("#scenario-form button[type=submit]");
        var error = page.Locator("#scenario-form .field-error[data-field=changes]");
        await error.WaitForAsync(Slow);
        Assert.Contains("NO-SUCH-NODE", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#scenarios tr[data-scenario='WEB-ASTARA-QUEUE']").CountAsync());

        await page.FillAsync("#scenario-changes", """[ { "kind": "border_delay", "node": "IR-AZ-ASTARA-ROAD", "median_delay_hours": 48, "p90_delay_hours": 144 } ]""");
        await page.ClickAsync("#scenario-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        var row = page.Locator("#scenarios tr[data-scenario='WEB-ASTARA-QUEUE']");
        Assert.Contains("median 48 h", await row.InnerTextAsync(), StringComparison.Ordinal);

        await BrowserLinks.FollowAsync(page, row.GetByText("edit"));
        Assert.Contains("IR-AZ-ASTARA-ROAD", await page.InputValueAsync("#scenario-changes"), StringComparison.Ordinal);
        await page.FillAsync("#scenario-description", "Astara queue, doubled");
        await page.FillAsync("#scenario-changes", """[ { "kind": "border_delay", "node": "IR-AZ-ASTARA-ROAD", "median_delay_hours": 96, "p90_delay_hours": 200 } ]""");
        await page.ClickAsync("#scenario-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        Assert.Contains("median 96 h", await page.Locator("#scenarios tr[data-scenario='WEB-ASTARA-QUEUE']").InnerTextAsync(), StringComparison.Ordinal);

        var analyst = await fixture.SignedInPageAsync(Role.Analyst);
        await analyst.GotoAsync(fixture.BaseUrl + "/logistics/scenarios");
        Assert.Equal(0, await analyst.Locator("#scenario-form").CountAsync());
        AssertRefused(await PostAsync(analyst, "/logistics/scenarios?handler=Save", ("name", "WEB-ASTARA-QUEUE"), ("changes", "[]")));
        await analyst.ReloadAsync();
        Assert.Contains("median 96 h", await analyst.Locator("#scenarios tr[data-scenario='WEB-ASTARA-QUEUE']").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>A page's refusal for the role: the browser is sent to the "not allowed" page (the API would answer 403).</summary>
    private static void AssertRefused(IAPIResponse response)
    {
        Assert.Equal(302, response.Status);
        Assert.StartsWith("/account/denied", new Uri(new Uri("http://x"), response.Headers["location"]).AbsolutePath, StringComparison.Ordinal);
    }

    private static DateTime Eta(string text) =>
        DateTime.ParseExact(text.Trim()[..16], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task Fill(IPage page, string form, params (string Name, string Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            await page.FillAsync($"{form} [name={name}]", value);
        }
    }

    /// <summary>A form post outside the page's forms, with the session's antiforgery token (from the sign-out form), redirects not followed.</summary>
    private async Task<IAPIResponse> PostAsync(IPage page, string path, params (string Name, string Value)[] fields)
    {
        var token = await page.Locator("#sign-out input[name=__RequestVerificationToken]").InputValueAsync();
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await page.Context.APIRequest.PostAsync(fixture.BaseUrl + path, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Import;
using Corridor.MarketAccess;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.MarketAccess;

/// <summary>The market-access API end to end: reference data in organisation A, one certificate of organisation B that A must never reach.</summary>
public sealed class MarketAccessApiTests(MarketAccessApiTests.Seeded app) : IClassFixture<MarketAccessApiTests.Seeded>
{
    public sealed class Seeded : IAsyncLifetime
    {
        public CorridorAppFactory Factory { get; } = new();

        public Guid CertificateOfB { get; private set; }

        public Guid CertificateOfA { get; private set; }

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            await Factory.ActAsync(Factory.OrganisationA, async sp =>
            {
                var orders = "order_number,line,order_date,buyer,market,item_kind,item_code,quantity,unit_price,currency,requested_date\n"
                    + "SO-1,1,2023-03-01,Test buyer,RU,model,TARA,120,15000,USD,2023-06-01\n"
                    + "SO-2,1,2023-10-01,Test buyer,RU,model,TARA,200,15000,USD,2024-06-01\n"
                    + "SO-2,2,2023-10-01,Test buyer,RU,model,SAMAND,50,13000,USD,2024-06-01\n";
                var result = await sp.GetRequiredService<ImportRunner>().RunAsync(ReferenceImport.Folder(ReferenceImport.All, new Dictionary<string, string> { ["order-lines.csv"] = orders }));
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
                CertificateOfA = (await sp.GetRequiredService<CorridorDbContext>().Set<Certificate>().FirstAsync()).Id;
            });
            await Factory.ActAsync(Factory.OrganisationB, async sp =>
            {
                var result = await sp.GetRequiredService<ImportRunner>().RunAsync(ReferenceImport.Folder(["makers.csv", "vehicle-models.csv", "certificates.csv"]));
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
                CertificateOfB = (await sp.GetRequiredService<CorridorDbContext>().Set<Certificate>().FirstAsync(c => c.Number.Contains("TARA"))).Id;
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private CorridorAppFactory Factory => app.Factory;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Eligibility_Samand2012_IsBlockedNamingEuro4Rule()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var e = await JsonAsync(await client.GetAsync("/api/access/eligibility?model=SAMAND&market=RU&date=2012-01-01"));
        Assert.False(e.GetProperty("eligible").GetBoolean());
        var reason = e.GetProperty("reasons")[0];
        Assert.Equal("RU-EURO4-2010", reason.GetProperty("rule").GetString());
        Assert.Equal("2010-01-01", reason.GetProperty("since").GetString());
        Assert.Contains("Euro-4", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_UnknownModel_IsNotFound()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);
        var response = await client.GetAsync("/api/access/eligibility?model=PAYKAN&market=RU&date=2012-01-01");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("unknown model 'PAYKAN'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_Samand_StopsIn2010AndResumesIn2014()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var t = await JsonAsync(await client.GetAsync("/api/access/timeline?model=SAMAND&market=RU"));
        var intervals = t.EnumerateArray().Select(i => (From: i.GetProperty("from").GetString(), Eligible: i.GetProperty("eligible").GetBoolean())).ToList();
        Assert.Contains(("2010-01-01", false), intervals);
        Assert.Contains(("2014-06-01", true), intervals);
        Assert.Equal(JsonValueKind.Null, t[t.GetArrayLength() - 1].GetProperty("until").ValueKind);
    }

    [Fact]
    public async Task Certificate_OfAnotherOrganisation_IsNotFoundAndNotListed()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/access/certificates/{app.CertificateOfB}")).StatusCode);
        var change = await client.PostAsJsonAsync($"/api/access/certificates/{app.CertificateOfB}/status", new { status = "revoked", from = "2024-01-01", reason = "hostile" });
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        var list = await JsonAsync(await client.GetAsync("/api/access/certificates"));
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == app.CertificateOfB);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/access/certificates/{app.CertificateOfA}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/access/certificates?status=lost")).StatusCode);
    }

    [Fact]
    public async Task CertificateWrites_AsAnalyst_AreForbidden()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);
        var create = await client.PostAsJsonAsync("/api/access/certificates", NewCertificate("ANALYST-1"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var change = await client.PostAsJsonAsync($"/api/access/certificates/{app.CertificateOfA}/status", new { status = "suspended", from = "2024-01-01", reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
    }

    [Fact]
    public async Task RuleWrite_AsExportManager_IsForbidden()
    {
        var client = await Factory.SignedInClientAsync("A", Role.ExportManager);
        var response = await client.PostAsJsonAsync("/api/access/rules", Rule("VE-TEST-2090", "2090-01-01"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rule_CreatedByOperator_IsListed_AndBadPeriodIsAValidationProblem()
    {
        // Market rules are shared reference data: the corridor operator writes them, no exporter's admin does.
        var client = await Factory.SignedInClientAsync(CorridorAppFactory.OperatorCode, Role.Operator);
        var created = await client.PostAsJsonAsync("/api/access/rules", Rule("VE-TEST-2091", "2091-01-01"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await JsonAsync(await client.GetAsync("/api/access/rules?market=VE"));
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("code").GetString() == "VE-TEST-2091");

        var backwards = await client.PostAsJsonAsync("/api/access/rules", Rule("VE-TEST-BAD", "2091-01-01", "2090-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("valid_until", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_CreatedAndRevoked_ChangesEligibilityAndKeepsHistory()
    {
        var client = await Factory.SignedInClientAsync("A", Role.ComplianceOfficer);
        var created = await JsonAsync(await client.PostAsJsonAsync("/api/access/certificates", NewCertificate("API-OTTS-1")));
        var id = created.GetProperty("id").GetGuid();
        var revoked = await JsonAsync(await client.PostAsJsonAsync($"/api/access/certificates/{id}/status", new { status = "revoked", from = "2031-01-01", reason = "test" }));
        Assert.Equal(["valid", "revoked"], revoked.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));

        var again = await client.PostAsJsonAsync($"/api/access/certificates/{id}/status", new { status = "valid", from = "2032-01-01", reason = "appeal" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var e = await JsonAsync(await client.GetAsync("/api/access/eligibility?model=RUNNA&market=BY&date=2031-06-01"));
        Assert.True(e.GetProperty("eligible").GetBoolean()); // BY has no rules recorded: eligible, with a warning saying so
        Assert.Contains("no rules are recorded", e.GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impact_ProposedEuro6_CutsOffTheCertifiedEuro5Models()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var response = await client.PostAsJsonAsync("/api/access/impact", new
        {
            rules = new[] { new { code = "RU-EURO6-PROPOSAL", market = "RU", kind = "MIN-EMISSION-CLASS", effect = "require", minEmissionClass = "Euro-6", categories = new[] { "M1" }, validFrom = "2024-01-01", title = "Euro-6", source = "assumption" } },
        });
        var report = await JsonAsync(response);
        var losing = report.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("model").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["QUICK", "SHAHIN", "TARA"], losing);
        var counts = report.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("source").GetString()!);
        Assert.Equal(3, counts["certificate"].GetProperty("items").GetInt32());

        // Only the TARA line wanted in 2024 falls in a lost period; the 2023 line is before the rule, the Samand was blocked anyway.
        var line = Assert.Single(report.GetProperty("items").EnumerateArray(), i => i.GetProperty("source").GetString() == "order-line");
        Assert.Equal("SO-2/1", line.GetProperty("reference").GetString());
        Assert.Equal(200, counts["order-line"].GetProperty("quantity").GetInt32());
        Assert.Equal("3,000,000.00 USD", counts["order-line"].GetProperty("value")[0].GetString());

        var rules = await JsonAsync(await client.GetAsync("/api/access/rules?market=RU"));
        Assert.DoesNotContain(rules.EnumerateArray(), r => r.GetProperty("code").GetString() == "RU-EURO6-PROPOSAL");
    }

    [Fact]
    public async Task Impact_OfStoredEuro4Rule_ShowsSamandLosing2010()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var report = await JsonAsync(await client.GetAsync("/api/access/rules/RU-EURO4-2010/impact"));
        var samand = report.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("model").GetString() == "SAMAND");
        Assert.Equal("2010-01-01", samand.GetProperty("changes")[0].GetProperty("from").GetString());
        Assert.True(samand.GetProperty("changes")[0].GetProperty("lost").GetBoolean());
    }

    [Fact]
    public async Task Alerts_ListCertificateExpiringWithinWindow()
    {
        var writer = await Factory.SignedInClientAsync("A", Role.ExportManager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var body = NewCertificate("ALERT-1") with { IssuedOn = today.AddDays(-10), ExpiresOn = today.AddDays(20) };
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/access/certificates", body)).StatusCode);
        var alerts = await JsonAsync(await writer.GetAsync("/api/access/alerts?days=30"));
        var alert = alerts.EnumerateArray().Single(a => a.GetProperty("certificate").GetProperty("number").GetString() == "ALERT-1");
        Assert.Equal(20, alert.GetProperty("daysLeft").GetInt32());
        var narrow = await JsonAsync(await writer.GetAsync("/api/access/alerts?days=10"));
        Assert.DoesNotContain(narrow.EnumerateArray(), a => a.GetProperty("certificate").GetProperty("number").GetString() == "ALERT-1");
    }

    [Fact]
    public async Task ExpiredCertificate_StillRecordedValid_IsShownExpired_AndAlertedUntilRenewed()
    {
        var writer = await Factory.SignedInClientAsync("A", Role.ExportManager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expired = NewCertificate("EXPIRED-1") with { Model = "TARA", Market = "KZ", IssuedOn = today.AddDays(-400), ExpiresOn = today.AddDays(-5) };
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/access/certificates", expired)).StatusCode);

        var alerts = await JsonAsync(await writer.GetAsync("/api/access/alerts?days=30"));
        var alert = alerts.EnumerateArray().Single(a => a.GetProperty("certificate").GetProperty("number").GetString() == "EXPIRED-1");
        Assert.Equal(-5, alert.GetProperty("daysLeft").GetInt32());
        var page = await writer.GetStringAsync("/access/certificates?model=TARA&market=KZ");
        Assert.Matches("EXPIRED-1</td>(.|\\n)*?<span class=\"badge bad\">expired</span>", page);
        Assert.Contains("expired 5 day(s) ago", await writer.GetStringAsync("/access/alerts?days=30"), StringComparison.Ordinal);

        // A renewal (another certificate of the same model, market and kind in force today) silences the alert.
        var renewal = NewCertificate("RENEWED-1") with { Model = "TARA", Market = "KZ", IssuedOn = today.AddDays(-6), ExpiresOn = today.AddDays(700) };
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/access/certificates", renewal)).StatusCode);
        var after = await JsonAsync(await writer.GetAsync("/api/access/alerts?days=30"));
        Assert.DoesNotContain(after.EnumerateArray(), a => a.GetProperty("certificate").GetProperty("number").GetString() == "EXPIRED-1");
    }

    [Fact]
    public async Task Matrix_HasACellPerModelAndMarket()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var m = await JsonAsync(await client.GetAsync("/api/access/matrix?date=2014-07-01"));
        Assert.Equal(m.GetProperty("models").GetArrayLength() * m.GetProperty("markets").GetArrayLength(), m.GetProperty("cells").GetArrayLength());
        var cell = m.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("model").GetString() == "SAMAND" && c.GetProperty("market").GetString() == "RU");
        Assert.True(cell.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public async Task MatrixPage_2012_ColoursSamandRussiaBlockedWithEuro4Reason()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/access?date=2012-01-01");
        var cell = System.Text.RegularExpressions.Regex.Match(html, "<td class=\"cell (\\w+)\" data-model=\"SAMAND\" data-market=\"RU\" data-eligible=\"(\\w+)\" title=\"([^\"]*)\"");
        Assert.True(cell.Success, "no SAMAND/RU cell");
        Assert.Equal("blocked", cell.Groups[1].Value);
        Assert.Contains("RU-EURO4-2010", cell.Groups[3].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelinePage_DrawsSvgBarsWithReasons()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/access/timeline?model=SAMAND&market=RU");
        Assert.Contains("<svg id=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"interval blocked\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"interval eligible\"", html, StringComparison.Ordinal);
        Assert.Contains("RU-EURO4-2010", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificatesPage_FiltersByModel_AndAlertsPageAnswers()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/access/certificates?model=SAMAND&market=RU");
        Assert.Contains("PLACEHOLDER-OTTS-SAMAND-2014", html, StringComparison.Ordinal);
        Assert.DoesNotContain("PLACEHOLDER-OTTS-TARA-2023", html, StringComparison.Ordinal);
        var alerts = await client.GetAsync("/access/alerts?days=30");
        Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
        Assert.Contains("Certificate expiry alerts", await alerts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImpactPage_ProposalAndStoredRule_ListModelsLosing()
    {
        var client = await Factory.SignedInClientAsync("A", Role.ComplianceOfficer);
        var proposal = await client.GetStringAsync("/access/impact?code=P-EURO6&market=RU&kind=MIN-EMISSION-CLASS&effect=require&minEmissionClass=Euro-6&categories=M1&from=2024-01-01");
        Assert.Contains("3 model(s) lose", proposal, StringComparison.Ordinal);
        Assert.Contains("SO-2/1", proposal, StringComparison.Ordinal);

        var stored = await client.GetStringAsync("/access/impact?rule=RU-EURO4-2010");
        Assert.Contains("Stored rule RU-EURO4-2010", stored, StringComparison.Ordinal);
        Assert.Contains("SAMAND", stored, StringComparison.Ordinal);

        var bad = await client.GetStringAsync("/access/impact?market=RU&kind=MIN-EMISSION-CLASS&effect=require&from=2024-01-01");
        Assert.Contains("min_emission_class:", bad, StringComparison.Ordinal);

        var rules = await client.GetStringAsync("/access/rules?market=RU");
        Assert.Contains("RU-RELIEF-2022-EMISSION", rules, StringComparison.Ordinal);
    }

    private static MarketAccessDtos.NewCertificateDto NewCertificate(string number) =>
        new("RUNNA", "BY", "OTTS", number, "Test body", new DateOnly(2030, 1, 1), new DateOnly(2033, 1, 1), "Euro-5", "test", null);

    private static MarketAccessDtos.RuleDto Rule(string code, string from, string? until = null) =>
        new(code, "VE", "TYPE-APPROVAL", "require", null, ["M1"], "new", null, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), "Test rule", null, "test", null);
}

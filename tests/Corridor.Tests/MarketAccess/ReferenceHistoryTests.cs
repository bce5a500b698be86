using System.Globalization;
using Corridor.Catalog;
using Corridor.MarketAccess;
using Corridor.Tests.Support;

namespace Corridor.Tests.MarketAccess;

/// <summary>
/// The story of the reference scenario, checked on the shipped reference data (data/reference): Iran Khodro's
/// Samand in Russia from 2008 to 2023. Where the data decides (the 2023 certification), the expectation is read
/// from certificates.csv rather than written here.
/// </summary>
public sealed class ReferenceHistoryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Guid _org;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.CreateSqlite();
        await Fixtures.MigrateAsync(_db);
        _org = (await Fixtures.OrganisationAsync(_db, "IKCO-EXPORT")).Id;
        await using var db = Fixtures.Context(_db, _org);
        var result = await ReferenceImport.Runner(db).RunAsync(ReferenceImport.Folder(ReferenceImport.All));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Eligibility> CheckAsync(string model, string date)
    {
        await using var db = Fixtures.Context(_db, _org);
        var service = new MarketAccessService(db, []);
        return (await service.CheckAsync(model, "RU", DateOnly.Parse(date, CultureInfo.InvariantCulture))).Value;
    }

    [Fact]
    public async Task Samand_2008_IsEligible()
    {
        var e = await CheckAsync("SAMAND", "2008-06-01");
        Assert.True(e.Eligible);
        Assert.Empty(e.Reasons);
    }

    [Fact]
    public async Task Samand_2012_IsBlockedByEuro4Rule()
    {
        var e = await CheckAsync("SAMAND", "2012-01-01");
        Assert.False(e.Eligible);
        var reason = Assert.Single(e.Reasons);
        Assert.Equal("RU-EURO4-2010", reason.Rule);
        Assert.Equal(new DateOnly(2010, 1, 1), reason.Since);
        Assert.Equal(UnmetProblem.CertificateMissing, reason.Problem);
        Assert.Contains("Euro-4", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samand_2014_IsEligibleWithTwoYearApproval()
    {
        var e = await CheckAsync("Samand", "2014-07-01");
        Assert.True(e.Eligible);
        Assert.Equal("PLACEHOLDER-OTTS-SAMAND-2014", Assert.Single(e.Met).CertificateNumber);
    }

    [Fact]
    public async Task Samand_2016_IsBlockedByEuro5_ThenAlsoByExpiredApproval()
    {
        var jan = await CheckAsync("SAMAND", "2016-01-01");
        Assert.False(jan.Eligible);
        var euro5 = Assert.Single(jan.Reasons);
        Assert.Equal("RU-EURO5-2016", euro5.Rule);
        Assert.Equal(UnmetProblem.EmissionClassInsufficient, euro5.Problem);

        var july = await CheckAsync("SAMAND", "2016-07-01");
        Assert.False(july.Eligible);
        Assert.Contains(july.Reasons, r => r.Rule == "RU-OTTS-2015" && r.Problem == UnmetProblem.CertificateExpired);
        Assert.Contains(july.Reasons, r => r.Rule == "RU-EURO4-2010" && r.Problem == UnmetProblem.CertificateExpired);
    }

    [Theory]
    [InlineData("SAMAND")]
    [InlineData("TARA")]
    [InlineData("SHAHIN")]
    [InlineData("QUICK")]
    public async Task After2023Certification_AnswerFollowsTheData(string model)
    {
        const string day = "2023-07-01";
        var expected = CertifiedPerData(model, DateOnly.Parse(day, CultureInfo.InvariantCulture));
        var e = await CheckAsync(model, day);
        Assert.Equal(expected, e.Eligible);
        if (!expected)
        {
            Assert.Contains(e.Reasons, r => r.Rule == "RU-OTTS-2015");
        }
    }

    [Fact]
    public async Task Tara_During2022Relief_IsStillBlockedWithoutTypeApproval()
    {
        var e = await CheckAsync("TARA", "2022-08-01");
        Assert.False(e.Eligible);
        Assert.Equal(["RU-EURO4-2010", "RU-EURO5-2016", "RU-OTTS-2015"], e.Reasons.Select(r => r.Rule).Order(StringComparer.Ordinal));
        Assert.All(e.Reasons.Where(r => r.Rule.StartsWith("RU-EURO", StringComparison.Ordinal)), r => Assert.Equal(EmissionClass.Euro0, r.RequiredClass));
        Assert.Equal("RU-RELIEF-2022-ERA-GLONASS", Assert.Single(e.Met, m => m.Rule == "RU-ERA-GLONASS-2017").RelaxedBy);

        var december = await CheckAsync("TARA", "2022-12-01");
        var era = Assert.Single(december.Reasons, r => r.Rule == "RU-ERA-GLONASS-2017");
        Assert.Equal(new DateOnly(2022, 10, 1), era.Since);
    }

    [Fact]
    public async Task SamandTimeline_ShowsStopResumeStop()
    {
        await using var db = Fixtures.Context(_db, _org);
        var t = (await new MarketAccessService(db, []).TimelineAsync("SAMAND", "RU")).Value;
        var flips = t.Where((x, i) => i == 0 || x.Eligible != t[i - 1].Eligible).Select(x => (x.From, x.Eligible)).ToList();
        Assert.Equal(
            [(new DateOnly(2000, 1, 1), true), (new DateOnly(2010, 1, 1), false), (new DateOnly(2014, 6, 1), true), (new DateOnly(2016, 1, 1), false)],
            flips.Take(4));
        Assert.Contains(t, i => i.Changes.Any(c => c.Contains("RU-EURO4-2010", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Reads certificates.csv directly (not through the engine): the model is certified on the day when it holds a
    /// valid OTTS for RU attesting at least Euro-5 and an ERA-GLONASS certificate, both in force.
    /// </summary>
    private static bool CertifiedPerData(string model, DateOnly day)
    {
        var rows = File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, "certificates.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[0] == model && f[1] == "RU" && f[8] is "valid" or "")
            .Where(f => DateOnly.Parse(f[5], CultureInfo.InvariantCulture) <= day && (f[6].Length == 0 || day < DateOnly.Parse(f[6], CultureInfo.InvariantCulture)))
            .ToList();
        var otts = rows.Any(f => f[2] == "OTTS" && EmissionClassText.TryParse(f[7], out var c) && c >= EmissionClass.Euro5);
        var era = rows.Any(f => f[2] == "ERA-GLONASS");
        return otts && era;
    }
}

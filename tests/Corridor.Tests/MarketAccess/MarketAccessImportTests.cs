using Corridor.Import;
using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.MarketAccess;

/// <summary>Importing rules and certificates: validation with file:line: field errors, nothing written on error, history appended.</summary>
public sealed class MarketAccessImportTests : IAsyncLifetime
{
    private const string RuleHeader = "code,market,kind,effect,min_emission_class,categories,condition,origin,valid_from,valid_until,title,legal_reference,source,assumption";
    private const string CertHeader = "model,market,kind,number,issuer,issued_on,expires_on,emission_class,status,status_on,status_reason,source,assumption";

    private TestDatabase _db = null!;
    private Guid _org;
    private Guid _other;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.CreateSqlite();
        await Fixtures.MigrateAsync(_db);
        _org = (await Fixtures.OrganisationAsync(_db, "IKCO-EXPORT")).Id;
        _other = (await Fixtures.OrganisationAsync(_db, "OTHER")).Id;
        Assert.True((await ImportAsync(_org, ReferenceImport.All)).Succeeded);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<ImportResult> ImportAsync(Guid org, string[] reference, Dictionary<string, string>? extra = null)
    {
        await using var db = Fixtures.Context(_db, org);
        return await ReferenceImport.Runner(db).RunAsync(ReferenceImport.Folder(reference, extra));
    }

    private async Task<(int Rules, int Certificates, int Changes)> CountsAsync(Guid org)
    {
        await using var db = Fixtures.Context(_db, org);
        return (await db.Set<MarketRule>().CountAsync(), await db.Set<Certificate>().CountAsync(), await db.Set<CertificateStatusChange>().CountAsync());
    }

    [Fact]
    public async Task RuleFile_UnknownKindBadPeriodUnknownMarket_ReportsEachAndWritesNothing()
    {
        var before = await CountsAsync(_org);
        var rules = string.Join('\n',
            RuleHeader,
            "RU-NOISE,RU,NOISE_LEVEL,require,,,,,2020-01-01,,Noise,,test,",
            "RU-BACKWARDS,RU,TYPE-APPROVAL,require,,,,,2020-01-01,2019-01-01,Backwards,,test,",
            "XX-OTTS,XX,TYPE-APPROVAL,require,,,,,2020-01-01,,Nowhere,,test,",
            "RU-GOOD,RU,TYPE-APPROVAL,require,,,,,2030-01-01,,Good row,,test,");
        var result = await ImportAsync(_org, [], new() { ["market-rules.csv"] = rules });

        Assert.False(result.Succeeded);
        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("market-rules.csv:2: kind: unknown kind 'NOISE_LEVEL'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("market-rules.csv:3: valid_until: the period ends (2019-01-01) before it starts (2020-01-01)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("market-rules.csv:4: market: unknown market 'XX'", StringComparison.Ordinal));
        Assert.Equal(3, errors.Count);
        Assert.Equal(before, await CountsAsync(_org));
    }

    [Fact]
    public async Task RuleFile_EmissionRuleWithoutClass_IsRefusedNamingColumn()
    {
        var rules = RuleHeader + "\nRU-E6,RU,MIN-EMISSION-CLASS,require,,,,,2030-01-01,,Euro-6,,test,";
        var result = await ImportAsync(_org, [], new() { ["market-rules.csv"] = rules });
        Assert.StartsWith("market-rules.csv:2: min_emission_class:", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateFile_UnknownModelKindMarketAndBadExpiry_ReportsEachAndWritesNothing()
    {
        var before = await CountsAsync(_org);
        var certs = string.Join('\n',
            CertHeader,
            "PAYKAN,RU,OTTS,N-1,Body,2020-01-01,2023-01-01,Euro-5,,,,test,",
            "SAMAND,RU,NOISE,N-2,Body,2020-01-01,2023-01-01,,,,,test,",
            "SAMAND,XX,OTTS,N-3,Body,2020-01-01,2023-01-01,Euro-5,,,,test,",
            "SAMAND,RU,OTTS,N-4,Body,2020-01-01,2019-01-01,Euro-5,,,,test,",
            "SAMAND,RU,OTTS,N-5,Body,2020-01-01,2023-01-01,Euro-5,revoked,,,test,");
        var result = await ImportAsync(_org, [], new() { ["certificates.csv"] = certs });

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("certificates.csv:2: model: unknown model 'PAYKAN'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("certificates.csv:3: kind: unknown certificate kind 'NOISE'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("certificates.csv:4: market: unknown market 'XX'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("certificates.csv:5: expires_on:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("certificates.csv:6: status_on: is required when status is revoked", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(_org));
    }

    [Fact]
    public async Task Reimport_SameFiles_ChangesNothing()
    {
        var result = await ImportAsync(_org, ReferenceImport.All);
        Assert.True(result.Succeeded);
        Assert.All(result.Counts, c => Assert.Equal(0, c.Added + c.Updated));
    }

    [Fact]
    public async Task Reimport_WithRevokedStatus_AppendsToHistoryAndKeepsOldEntry()
    {
        var path = Path.Combine(Fixtures.ReferenceData, "certificates.csv");
        var lines = File.ReadAllLines(path);
        var tara = lines.Single(l => l.StartsWith("TARA,RU,OTTS,", StringComparison.Ordinal));
        var fields = tara.Split(',');
        fields[8] = "revoked";
        fields[9] = "2024-03-01";
        fields[10] = "test revocation";
        var text = CertHeader + "\n" + string.Join(',', fields);

        var result = await ImportAsync(_org, [], new() { ["certificates.csv"] = text });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        await using var db = Fixtures.Context(_db, _org);
        var cert = await db.Set<Certificate>().Include(c => c.History).SingleAsync(c => c.Number == fields[3]);
        Assert.Equal([CertificateStatus.Valid, CertificateStatus.Revoked], cert.History.OrderBy(h => h.EffectiveOn).Select(h => h.Status));
        var check = await new MarketAccessService(db, []).CheckAsync("TARA", "RU", new DateOnly(2024, 3, 1));
        Assert.Contains(check.Value.Reasons, r => r.Problem == UnmetProblem.CertificateRevoked);

        var again = await ImportAsync(_org, [], new() { ["certificates.csv"] = CertHeader + "\n" + tara });
        Assert.StartsWith("certificates.csv:2: status:", Assert.Single(again.Errors).ToString(), StringComparison.Ordinal);
        Assert.Contains("final", again.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificates_OfAnotherOrganisation_AreInvisible_AndRulesAreShared()
    {
        await using var db = Fixtures.Context(_db, _other);
        Assert.Empty(await db.Set<Certificate>().ToListAsync());
        Assert.Empty(await db.Set<CertificateStatusChange>().ToListAsync());
        Assert.NotEmpty(await db.Set<MarketRule>().ToListAsync());
    }

    [Fact]
    public async Task ExportThenImport_IsANoOp()
    {
        await using var db = Fixtures.Context(_db, _org);
        var folder = ReferenceImport.Folder([]);
        foreach (var exporter in ReferenceImport.Runner(db).Importers.OfType<IDatasetExporter>())
        {
            await using var writer = new StreamWriter(Path.Combine(folder, exporter.FileName));
            await exporter.ExportAsync(db, writer, CancellationToken.None);
        }

        var result = await ReferenceImport.Runner(db).RunAsync(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.All(result.Counts, c => Assert.Equal(0, c.Added + c.Updated));
    }
}

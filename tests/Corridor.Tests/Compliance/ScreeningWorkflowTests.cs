using System.Xml.Linq;
using Corridor.Compliance;
using Corridor.Compliance.Lists;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Compliance;

/// <summary>
/// Snapshots, deltas, counterparty screening, decision memory, the gate and the audit trail, on each provider (the
/// subclasses at the end: SQLite, and PostgreSQL from the test script's server).
/// </summary>
public abstract class ScreeningWorkflowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly ScreeningIndexCache _cache = new();
    private readonly string _temp = Directory.CreateTempSubdirectory("corridor-screening-").FullName;
    private TestDatabase _db = null!;
    private Guid _orgA;
    private Guid _orgB;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(_db);
        _orgA = (await Fixtures.OrganisationAsync(_db, "ORGA")).Id;
        _orgB = (await Fixtures.OrganisationAsync(_db, "ORGB")).Id;
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Directory.Delete(_temp, true);
    }

    private (CorridorDbContext Db, ActorContext Actor) Act(Guid? org, string name = "officer")
    {
        var actor = new ActorContext();
        actor.Set(org, null, name);
        return (new CorridorDbContextFactory(_db.Location, _clock).Create(actor), actor);
    }

    private ListImportService Importer(CorridorDbContext db, ActorContext actor) => new(db, actor, new ScreeningService(db, _cache, _clock), _clock);

    private CounterpartyService Counterparties(CorridorDbContext db) => new(db, new ScreeningService(db, _cache, _clock), _clock);

    private string WriteFtm(string name, params string[] lines)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Company(string id, string name, string extra = "") =>
        "{\"id\": \"" + id + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + name + "\"]" + extra + "}}";

    [Fact]
    public async Task Import_SecondVersion_RecordsDeltaAndKeepsOneActiveSnapshot()
    {
        var (db, actor) = Act(null, "loader");
        var v1 = await Importer(db, actor).ImportAsync(ListSource.OpenSanctions, WriteFtm("v1.json", Company("a", "Bank Sepah"), Company("b", "Mellat Bank"), Company("c", "Old Trading LLC")));
        var again = await Importer(db, actor).ImportAsync(ListSource.OpenSanctions, WriteFtm("v1b.json", Company("a", "Bank Sepah"), Company("b", "Mellat Bank"), Company("c", "Old Trading LLC")));
        var v2 = await Importer(db, actor).ImportAsync(ListSource.OpenSanctions, WriteFtm("v2.json", Company("a", "Bank Sepah"), Company("b", "Bank Mellat", """, "country": ["ir"]"""), Company("d", "Rosneft")));

        Assert.True(again.Value.Unchanged);
        var delta = v2.Value.Delta!;
        Assert.Equal(["opensanctions:d"], delta.Added.Select(d => d.EntryKey));
        Assert.Equal(["opensanctions:c"], delta.Removed.Select(d => d.EntryKey));
        Assert.Equal(["opensanctions:b"], delta.Changed.Select(d => d.EntryKey));
        var snapshots = await db.ListSnapshots.ToListAsync();
        Assert.Equal(2, snapshots.Count);
        Assert.Equal(v2.Value.Snapshot.Id, Assert.Single(snapshots, s => s.IsActive).Id);
        Assert.Equal("loader", v1.Value.Snapshot.ImportedBy);
    }

    [Fact]
    public async Task Import_MalformedFile_FailsAndPreviousSnapshotStaysActive()
    {
        var (db, actor) = Act(null);
        var good = await Importer(db, actor).ImportAsync(ListSource.OpenSanctions, WriteFtm("good.json", Company("a", "Bank Sepah")));
        var bad = await Importer(db, actor).ImportAsync(ListSource.OpenSanctions, WriteFtm("bad.json", Company("a", "Bank Sepah"), """{"id": "x", "schema": """));

        Assert.False(bad.Succeeded);
        Assert.StartsWith("bad.json:line 2:", bad.Errors[0], StringComparison.Ordinal);
        Assert.Equal(good.Value.Snapshot.Id, (await db.ListSnapshots.SingleAsync(s => s.IsActive)).Id);
        Assert.Equal(1, await db.ListSnapshotEntries.CountAsync());
    }

    [Fact]
    public async Task Counterparty_CreatedInPersian_IsScreenedAndBlocksUntilDecided()
    {
        var (loader, loaderActor) = Act(null);
        await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("l.json", Company("sepah", "Bank Sepah"), Company("other", "Rosneft")));
        var (db, _) = Act(_orgA);

        var created = (await Counterparties(db).CreateAsync(new CounterpartyInput("Sepah Bank", ["بانک سپه"], "organisation", "IR", null, null))).Value;
        var gate = new ScreeningGate(db);
        var blocked = await gate.CheckAsync([created.Counterparty.Id]);

        var match = Assert.Single(await db.PossibleMatches.ToListAsync());
        Assert.Equal("opensanctions:sepah", match.EntryKey);
        Assert.True(blocked.Blocked);
        Assert.Contains("opensanctions:sepah", blocked.Describe(), StringComparison.Ordinal);
        Assert.Contains("Sepah Bank", blocked.Describe(), StringComparison.Ordinal);

        var decided = await new ReviewService(db, new ActorContextStub("reviewer"), _clock).DecideAsync(match.Id, MatchStatus.FalsePositive, "different bank: ours is a cooperative in Tabriz");
        Assert.True(decided!.Value.DecidedBy == "reviewer");
        Assert.False((await gate.CheckAsync([created.Counterparty.Id])).Blocked);
    }

    [Fact]
    public async Task FalsePositive_IsRemembered_UntilCounterpartyOrEntryChanges()
    {
        var (loader, loaderActor) = Act(null);
        await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("l1.json", Company("sepah", "Bank Sepah")));
        var (db, _) = Act(_orgA);
        var service = Counterparties(db);
        var cp = (await service.CreateAsync(new CounterpartyInput("Bank Sepah", null, "organisation", null, null, null))).Value.Counterparty;
        var first = await db.PossibleMatches.SingleAsync();
        first.Decide(MatchStatus.FalsePositive, "checked registry: different entity", "reviewer", _clock.GetUtcNow());
        await db.SaveChangesAsync();

        // same counterparty, same entry: a manual re-screen carries the decision over
        await new ScreeningService(db, _cache, _clock).ScreenAsync(cp, "manual");
        Assert.DoesNotContain(await db.PossibleMatches.ToListAsync(), m => m.Blocks);

        // the list entry changes: re-screened against the delta, the match comes back open
        await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("l2.json", Company("sepah", "Bank Sepah", """, "country": ["ir"]""")));
        var (db2, _) = Act(_orgA);
        Assert.Single(await db2.PossibleMatches.Where(m => m.Status == MatchStatus.Open).ToListAsync());

        // decided again, then the counterparty changes: open again
        var reopened = await db2.PossibleMatches.SingleAsync(m => m.Status == MatchStatus.Open);
        reopened.Decide(MatchStatus.FalsePositive, "still a different entity", "reviewer", _clock.GetUtcNow());
        await db2.SaveChangesAsync();
        await Counterparties(db2).UpdateAsync(cp.Id, new CounterpartyInput("Bank Sepah", ["بانک سپه"], "organisation", "IR", null, null));
        Assert.Single(await db2.PossibleMatches.Where(m => m.Status == MatchStatus.Open).ToListAsync());
    }

    [Fact]
    public async Task NewSnapshot_RescreensEveryOrganisationAgainstTheDeltaOnly()
    {
        var (loader, loaderActor) = Act(null);
        await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("r1.json", Company("x", "Unrelated Holdings")));
        var (a, _) = Act(_orgA);
        var (b, _) = Act(_orgB);
        await Counterparties(a).CreateAsync(new CounterpartyInput("Rosneft Trading", ["Роснефть"], "organisation", null, null, null));
        await Counterparties(b).CreateAsync(new CounterpartyInput("Sovcomflot", null, "organisation", null, null, null));

        var outcome = (await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("r2.json", Company("x", "Unrelated Holdings"), Company("r", "Rosneft Oil Company")))).Value;

        Assert.Equal(2, outcome.CounterpartiesRescreened);
        var (a2, _) = Act(_orgA);
        var (b2, _) = Act(_orgB);
        var hit = Assert.Single(await a2.PossibleMatches.ToListAsync());
        Assert.Equal("opensanctions:r", hit.EntryKey);
        Assert.StartsWith("snapshot opensanctions@", (await a2.Screenings.SingleAsync(s => s.Id == hit.ScreeningId)).Trigger, StringComparison.Ordinal);
        Assert.Empty(await b2.PossibleMatches.ToListAsync());
        Assert.Equal(2, await b2.Screenings.CountAsync());
    }

    [Fact]
    public async Task AuditExport_ShowsSnapshotAlgorithmQueryScoreAndDecision()
    {
        var (loader, loaderActor) = Act(null);
        await Importer(loader, loaderActor).ImportAsync(ListSource.OpenSanctions, WriteFtm("a.json", Company("sepah", "Bank Sepah")));
        var (db, _) = Act(_orgA);
        await Counterparties(db).CreateAsync(new CounterpartyInput("Bank Sepah", null, "organisation", null, null, null));
        var m = await db.PossibleMatches.SingleAsync();
        m.Decide(MatchStatus.TrueMatch, "same registry number", "reviewer", _clock.GetUtcNow());
        await db.SaveChangesAsync();

        var rows = await new ScreeningAudit(db).RowsAsync();
        var csv = ScreeningAudit.ToCsv(rows);
        var json = ScreeningAudit.ToJson(rows);

        var row = Assert.Single(rows);
        Assert.Equal(MatcherVersion.Current, row.AlgorithmVersion);
        Assert.StartsWith("opensanctions@", row.Snapshots, StringComparison.Ordinal);
        Assert.Equal("TrueMatch", row.Status);
        Assert.Contains("same registry number", csv, StringComparison.Ordinal);
        Assert.Contains("\"entryKey\": \"opensanctions:sepah\"", json, StringComparison.Ordinal);
        var (other, _) = Act(_orgB);
        Assert.Empty(await new ScreeningAudit(other).RowsAsync());
    }

    [SanctionsDataFact]
    public async Task Import_RealUnList_StoresEveryRecord_ScreensAnArabicName_AndRecordsTheNextVersionsDelta()
    {
        var published = SanctionsData.Path("un/consolidated.xml");
        var xml = XDocument.Load(published);
        var records = xml.Descendants().Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY").ToList();
        var (loader, loaderActor) = Act(null, "loader");

        var first = await Importer(loader, loaderActor).ImportAsync(ListSource.Un, published);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(records.Count, first.Value.Snapshot.EntryCount);
        Assert.Equal(records.Count, await loader.ListSnapshotEntries.CountAsync());
        Assert.Equal(new DateOnly(2026, 2, 27), first.Value.Snapshot.PublishedOn);
        var saddam = Assert.Single(await new SnapshotStore(loader).EntriesAsync(first.Value.Snapshot.Id, new HashSet<string> { "un:IQi.001" }));
        Assert.Contains("صدام حسين التكريتي", saddam.Names.Select(n => n.Text));

        var (db, _) = Act(_orgA);
        var created = (await Counterparties(db).CreateAsync(new CounterpartyInput("صدام حسين التكريتي", null, "person", "IQ", null, null))).Value;
        Assert.Contains(await db.PossibleMatches.ToListAsync(), m => m.EntryKey == "un:IQi.001" && m.Status == MatchStatus.Open);
        Assert.True((await new ScreeningGate(db).CheckAsync([created.Counterparty.Id])).Blocked);

        // The next version: one record dropped, one record's name changed.
        records.Single(r => (string?)r.Element("REFERENCE_NUMBER") == "CDi.001").Remove();
        records.Single(r => (string?)r.Element("REFERENCE_NUMBER") == "IQi.002").Element("FIRST_NAME")!.Value = "KUSAY";
        var next = Path.Combine(_temp, "consolidated.xml");
        xml.Save(next);
        var second = (await Importer(loader, loaderActor).ImportAsync(ListSource.Un, next)).Value;

        Assert.Empty(second.Delta!.Added);
        Assert.Equal(["un:CDi.001"], second.Delta.Removed.Select(d => d.EntryKey));
        Assert.Equal(["un:IQi.002"], second.Delta.Changed.Select(d => d.EntryKey));
        Assert.Equal(records.Count - 1, await loader.ListSnapshotEntries.CountAsync(e => e.SnapshotId == second.Snapshot.Id));
        Assert.Equal(second.Snapshot.Id, (await loader.ListSnapshots.SingleAsync(s => s.IsActive)).Id);
        Assert.Equal(1, second.CounterpartiesRescreened);
    }

    private sealed class ActorContextStub(string name) : ICurrentActor
    {
        public Guid? OrganisationId => null;

        public Guid? UserId => null;

        public string Name => name;
    }
}

public sealed class SqliteScreeningWorkflowTests() : ScreeningWorkflowTests(DatabaseProvider.Sqlite);

public sealed class PostgresScreeningWorkflowTests() : ScreeningWorkflowTests(DatabaseProvider.Postgres);

using System.Security.Cryptography;
using System.Text.Json;
using Corridor.Documents;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Trade;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Documents;

/// <summary>
/// <see cref="DocumentService.IssueSetAsync"/> (decision 038): a shipment's set issued in one call — gates once, PDFs
/// printed at once — numbers each series exactly as single issues would, prints each document's own number, freezes the
/// gates as <see cref="DocumentGates"/> computes them, takes no number for a refused draft, and stays gap-free when
/// sets and single issues of the same series race. On both databases, with Chromium.
/// </summary>
public abstract class DocumentSetIssueTests(TradeDatabaseFixture fixture)
{
    private const int Year = 2026; // TradeDatabase.Now

    private static async Task<List<TradeDocument>> DraftAsync(TradeDatabase db, string order)
    {
        await using var scope = db.Scope(db.OrganisationA);
        var set = await scope.ServiceProvider.GetRequiredService<DocumentService>().DraftSetAsync(order, new DocumentRulesSource().Rules.Value);
        Assert.True(set is { Succeeded: true }, string.Join("; ", set?.Errors ?? ["no order"]));
        return set!.Value.ToList();
    }

    private static async Task<long> LastAsync(TradeDatabase db, DocumentType type)
    {
        await using var scope = db.Scope(db.OrganisationA);
        return await NumberSeries.PeekAsync(scope.ServiceProvider.GetRequiredService<CorridorDbContext>(), db.OrganisationA, type, Year);
    }

    private static async Task<Dictionary<DocumentType, long>> LastOfEachAsync(TradeDatabase db)
    {
        var last = new Dictionary<DocumentType, long>();
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            last[type] = await LastAsync(db, type);
        }

        return last;
    }

    /// <summary>Each issued document's PDF holds its own number and its stored hash is the PDF's.</summary>
    private static async Task AssertPdfsAsync(TradeDatabase db, IEnumerable<Guid> ids)
    {
        await using var scope = db.Scope(db.OrganisationA);
        var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        foreach (var id in ids)
        {
            var d = await ctx.Documents.AsNoTracking().SingleAsync(x => x.Id == id);
            var pdf = await ctx.DocumentPdfs.AsNoTracking().Where(p => p.DocumentId == id).Select(p => p.Content).SingleAsync();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), d.PdfSha256);
            Assert.Contains(d.Number!, await PdfText.ReadAsync(pdf), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task IssueSet_OfAShipment_NumbersEachSeriesNext_AndARefusedDraftTakesNoNumber()
    {
        var db = await fixture.GetAsync();
        var set = await DraftAsync(db, "DEMO-BY-SHAHIN");
        var refused = (await DraftAsync(db, "DEMO-BY-SCREENING")).Single(d => d.Type == DocumentType.CommercialInvoice);
        var before = await LastOfEachAsync(db);

        IReadOnlyList<(Guid Id, Corridor.Common.Result<TradeDocument>? Outcome)> outcomes;
        OrderGates gates;
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var sp = scope.ServiceProvider;
            outcomes = await sp.GetRequiredService<DocumentService>().IssueSetAsync([.. set.Select(d => d.Id), refused.Id]);
            var order = await sp.GetRequiredService<CorridorDbContext>().Set<TradeOrder>().Include(o => o.Lines).SingleAsync(o => o.Number == "DEMO-BY-SHAHIN");
            gates = await sp.GetRequiredService<DocumentGates>().CheckAsync(order);
        }

        Assert.Equal(set.Count + 1, outcomes.Count);
        var expectedGates = JsonSerializer.Serialize(gates.Snapshot, DocumentService.Json);
        for (var i = 0; i < set.Count; i++)
        {
            var (id, outcome) = outcomes[i];
            Assert.Equal(set[i].Id, id);
            Assert.True(outcome is { Succeeded: true }, string.Join("; ", outcome?.Errors ?? []));
            var type = set[i].Type;
            var expected = before[type] + 1 + set.Take(i).Count(d => d.Type == type);
            Assert.Equal(DocumentCodes.FormatNumber(type, Year, expected, 0), outcome!.Value.Number);
            using var snapshot = JsonDocument.Parse(outcome.Value.SnapshotJson!);
            Assert.Equal(expectedGates, snapshot.RootElement.GetProperty("gates").GetRawText());
        }

        Assert.Equal(refused.Id, outcomes[^1].Id);
        Assert.False(outcomes[^1].Outcome!.Succeeded);
        Assert.Contains(outcomes[^1].Outcome!.Errors, e => e.StartsWith("gate screening", StringComparison.Ordinal));
        // The invoice series moved by the set's invoices only: the refusal consumed none.
        Assert.Equal(before[DocumentType.CommercialInvoice] + set.Count(d => d.Type == DocumentType.CommercialInvoice), await LastAsync(db, DocumentType.CommercialInvoice));
        await AssertPdfsAsync(db, set.Select(d => d.Id));
    }

    [Fact]
    public async Task IssueSet_SetsAndSingleIssuesOfTheSameSeriesAtOnce_NumberWithoutGapOrDuplicate()
    {
        var db = await fixture.GetAsync();
        var sets = new List<List<TradeDocument>>();
        for (var i = 0; i < 4; i++)
        {
            sets.Add(await DraftAsync(db, "DEMO-BY-SHAHIN"));
        }

        var before = await LastOfEachAsync(db);
        async Task IssueSetAsync(List<TradeDocument> set)
        {
            await using var scope = db.Scope(db.OrganisationA);
            var outcomes = await scope.ServiceProvider.GetRequiredService<DocumentService>().IssueSetAsync(set.Select(d => d.Id).ToList());
            Assert.All(outcomes, o => Assert.True(o.Outcome is { Succeeded: true }, string.Join("; ", o.Outcome?.Errors ?? [])));
        }

        async Task IssueOneByOneAsync(List<TradeDocument> set)
        {
            foreach (var d in set)
            {
                await using var scope = db.Scope(db.OrganisationA);
                var outcome = await scope.ServiceProvider.GetRequiredService<DocumentService>().IssueAsync(d.Id);
                Assert.True(outcome is { Succeeded: true }, string.Join("; ", outcome?.Errors ?? []));
            }
        }

        await Task.WhenAll(Task.Run(() => IssueSetAsync(sets[0])), Task.Run(() => IssueSetAsync(sets[1])), Task.Run(() => IssueOneByOneAsync(sets[2])),
            Task.Run(() => IssueOneByOneAsync(sets[3])));

        var all = sets.SelectMany(s => s).ToList();
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var ids = all.Select(d => d.Id).ToList();
            var issued = await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync();
            foreach (var series in issued.GroupBy(d => d.Type))
            {
                var expected = Enumerable.Range(1, all.Count(d => d.Type == series.Key)).Select(k => before[series.Key] + k).ToList();
                Assert.Equal(expected, series.Select(d => d.Sequence!.Value).Order().ToList());
                Assert.Equal(expected[^1], await LastAsync(db, series.Key));
            }
        }

        await AssertPdfsAsync(db, all.Select(d => d.Id));
    }
}

public sealed class SqliteDocumentSetIssueTests(SqliteTradeFixture fixture) : DocumentSetIssueTests(fixture), IClassFixture<SqliteTradeFixture>;

[Trait("Provider", "PostgreSQL")]
public sealed class PostgresDocumentSetIssueTests(PostgresTradeFixture fixture) : DocumentSetIssueTests(fixture), IClassFixture<PostgresTradeFixture>;

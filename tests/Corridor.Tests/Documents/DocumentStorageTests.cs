using System.Security.Cryptography;
using System.Text;
using Corridor.Documents;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Documents;

/// <summary>Numbering, immutability and the amendment/cancellation chain of documents, against each provider.</summary>
public abstract class DocumentStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    internal static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
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

    public async Task DisposeAsync() => await _db.DisposeAsync();

    internal static TradeDocument Draft(DocumentType type = DocumentType.CommercialInvoice) =>
        new(type, "DEMO-BY-SHAHIN", "Commercial invoice", """{"order":"DEMO-BY-SHAHIN"}""", "test", At);

    /// <summary>Saves a draft and issues it in one transaction, as the service does once gates and cross-checks passed.</summary>
    internal static async Task<TradeDocument> IssueAsync(CorridorDbContext db, TradeDocument document)
    {
        if (db.Entry(document).State == EntityState.Detached)
        {
            db.Documents.Add(document);
            await db.SaveChangesAsync();
        }

        // Under the execution strategy, as the service does (PostgreSQL retries transient failures).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var sequence = document.Sequence ?? await NumberSeries.TakeAsync(db, document.OrganisationId, document.Type, 2026);
            Assert.True(document.Issue(sequence, 2026, $$"""{"number":{{sequence}},"кириллица":"Сайпа"}""", "test", At).Succeeded);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        });
        return document;
    }

    [Fact]
    public async Task IssuedDocument_ChangedOrDeleted_IsRefusedByTheStorageLayer()
    {
        Guid id;
        await using (var db = Fixtures.Context(_db, _orgA))
        {
            id = (await IssueAsync(db, Draft())).Id;
        }

        await using (var db = Fixtures.Context(_db, _orgA))
        {
            var doc = await db.Documents.SingleAsync(d => d.Id == id);
            db.Entry(doc).Property(d => d.Title).CurrentValue = "Changed";
            var e = await Assert.ThrowsAsync<IssuedDocumentException>(() => db.SaveChangesAsync());
            Assert.Equal("INV-2026-000001", e.Number);
        }

        await using (var db = Fixtures.Context(_db, _orgA))
        {
            var doc = await db.Documents.SingleAsync(d => d.Id == id);
            db.Entry(doc).Property(d => d.Status).CurrentValue = DocumentStatus.Draft;
            await Assert.ThrowsAsync<IssuedDocumentException>(() => db.SaveChangesAsync());
        }

        await using (var db = Fixtures.Context(_db, _orgA))
        {
            db.Documents.Remove(await db.Documents.SingleAsync(d => d.Id == id));
            await Assert.ThrowsAsync<IssuedDocumentException>(() => db.SaveChangesAsync());
        }

        await using (var db = Fixtures.Context(_db, _orgA))
        {
            var doc = await db.Documents.SingleAsync(d => d.Id == id);
            Assert.Equal("Commercial invoice", doc.Title);
            Assert.Equal(DocumentStatus.Issued, doc.Status);
            var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(doc.SnapshotJson!)));
            Assert.Equal(expected, doc.Sha256);
        }
    }

    [Fact]
    public async Task Draft_ChangedOrDeleted_IsAllowed()
    {
        await using var db = Fixtures.Context(_db, _orgA);
        var draft = Draft();
        db.Documents.Add(draft);
        await db.SaveChangesAsync();
        db.Documents.Remove(draft);
        await db.SaveChangesAsync();
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task NumberSeries_RolledBackIssue_ConsumesNoNumber()
    {
        await using (var db = Fixtures.Context(_db, _orgA))
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync();
                Assert.Equal(1, await NumberSeries.TakeAsync(db, _orgA, DocumentType.CommercialInvoice, 2026));
                await tx.RollbackAsync();
            });
        }

        await using (var db = Fixtures.Context(_db, _orgA))
        {
            Assert.Equal("INV-2026-000001", (await IssueAsync(db, Draft())).Number);
            Assert.Equal("INV-2026-000002", (await IssueAsync(db, Draft())).Number);
        }
    }

    [Fact]
    public async Task NumberSeries_PerOrganisationTypeAndYear_StartsAtOne()
    {
        await using var a = Fixtures.Context(_db, _orgA);
        await using var b = Fixtures.Context(_db, _orgB);
        Assert.Equal("INV-2026-000001", (await IssueAsync(a, Draft())).Number);
        Assert.Equal("INV-2026-000001", (await IssueAsync(b, Draft())).Number);
        Assert.Equal("PL-2026-000001", (await IssueAsync(a, Draft(DocumentType.PackingList))).Number);
        Assert.Equal("INV-2026-000002", (await IssueAsync(a, Draft())).Number);
        Assert.Equal(3, await a.Documents.CountAsync());
        Assert.Equal(1, await b.Documents.CountAsync());
    }

    [Fact]
    public async Task NumberSeries_ConcurrentIssuers_NumbersOneToNWithoutGapOrDuplicate()
    {
        var clients = provider == DatabaseProvider.Postgres ? 32 : 4;
        const int each = 5;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await using var db = Fixtures.Context(_db, _orgA);
                await IssueAsync(db, Draft());
            }
        })));

        await using var check = Fixtures.Context(_db, _orgA);
        var numbers = await check.Documents.Select(d => d.Sequence!.Value).ToListAsync();
        Assert.Equal(Enumerable.Range(1, clients * each).Select(n => (long)n), numbers.Order());
    }

    [Fact]
    public async Task AmendmentAndCancellation_AreDocumentsOfTheirOwn_ThatCloseTheOriginal()
    {
        await using var db = Fixtures.Context(_db, _orgA);
        var original = await IssueAsync(db, Draft());
        var amendment = await IssueAsync(db, TradeDocument.AmendmentOf(original, """{"order":"DEMO-BY-SHAHIN","fixed":true}""", "wrong HS code", "test", At).Value);
        var second = await IssueAsync(db, TradeDocument.AmendmentOf(amendment, amendment.ContentJson, "wrong weight", "test", At).Value);
        var cancellation = await IssueAsync(db, TradeDocument.CancellationOf(second, "order cancelled", "test", At).Value);

        Assert.Equal("INV-2026-000001/A1", amendment.Number);
        Assert.Equal("INV-2026-000001/A2", second.Number);
        Assert.Equal(original.Id, amendment.SupersedesId);
        Assert.Equal(amendment.Id, second.SupersedesId);
        Assert.Equal("CXL-2026-000001", cancellation.Number);
        Assert.Equal(second.Id, cancellation.CancelsId);
        Assert.False(TradeDocument.CancellationOf(cancellation, "again", "test", At).Succeeded);
        Assert.False(TradeDocument.AmendmentOf(Draft(), "{}", "x", "test", At).Succeeded);

        // The next invoice continues the series: amendments take no number of their own.
        Assert.Equal("INV-2026-000002", (await IssueAsync(db, Draft())).Number);
        Assert.Equal(5, await db.Documents.CountAsync(d => d.Status == DocumentStatus.Issued));
    }

    [Fact]
    public async Task Documents_OfAnotherOrganisation_AreInvisible()
    {
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            await IssueAsync(a, Draft());
        }

        await using var b = Fixtures.Context(_db, _orgB);
        Assert.Empty(await b.Documents.ToListAsync());
        Assert.Null(await b.Documents.SingleOrDefaultAsync(d => d.Number == "INV-2026-000001"));
    }
}

public sealed class SqliteDocumentStorageTests() : DocumentStorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentStorageTests() : DocumentStorageTests(DatabaseProvider.Postgres);

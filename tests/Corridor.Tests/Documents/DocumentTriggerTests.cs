using System.Data.Common;
using Corridor.Documents;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Corridor.Tests.Documents.DocumentStorageTests;

namespace Corridor.Tests.Documents;

/// <summary>
/// The database's own triggers (migration DocumentsCreditNotes, <see cref="DocumentTriggers"/>): raw SQL and
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, which never pass the SaveChanges interceptor, cannot change or delete an
/// issued document or its PDF; a draft's edits, its deletion and draft → issued still pass.
/// </summary>
public abstract class DocumentTriggerTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly byte[] PdfBytes = "%PDF-1.7 issued"u8.ToArray();
    private TestDatabase _db = null!;
    private Guid _org;

    protected TestDatabase Database => _db;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(_db);
        _org = (await Fixtures.OrganisationAsync(_db, "ORGA")).Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    protected CorridorDbContext Context() => Fixtures.Context(_db, _org);

    /// <summary>An issued invoice with a stored PDF, as the service leaves it.</summary>
    protected async Task<Guid> IssuedWithPdfAsync()
    {
        await using var db = Context();
        var document = await IssueAsync(db, Draft());
        db.DocumentPdfs.Add(new DocumentPdf(document.Id, PdfBytes));
        await db.SaveChangesAsync();
        return document.Id;
    }

    [Fact]
    public async Task IssuedDocument_RawSqlUpdateOrDelete_IsRefusedByTheDatabase()
    {
        var id = await IssuedWithPdfAsync();
        string before;
        await using (var db = Context())
        {
            before = (await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id)).SnapshotJson!;
        }

        FormattableString[] writes =
        [
            $"UPDATE documents SET title = 'Changed' WHERE id = {id}",
            $"UPDATE documents SET status = 'Draft', number = NULL WHERE id = {id}",
            $"UPDATE documents SET snapshot_json = '{{}}', sha256 = 'x' WHERE id = {id}",
            $"UPDATE documents SET pdf_sha256 = NULL WHERE id = {id}",
            $"DELETE FROM documents WHERE id = {id}",
        ];
        foreach (var sql in writes)
        {
            await using var db = Context();
            var e = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlInterpolatedAsync(sql));
            Assert.Contains("issued", e.Message, StringComparison.OrdinalIgnoreCase);
        }

        await using (var db = Context())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "Changed")));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Documents.Where(d => d.Id == id).ExecuteDeleteAsync());
        }

        await using (var db = Context())
        {
            var stored = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
            Assert.Equal(DocumentStatus.Issued, stored.Status);
            Assert.Equal("Commercial invoice", stored.Title);
            Assert.Equal("INV-2026-000001", stored.Number);
            Assert.Equal(before, stored.SnapshotJson);
            Assert.True(stored.HashMatches);
        }
    }

    [Fact]
    public async Task IssuedPdf_RawSqlUpdateOrDelete_IsRefusedByTheDatabase()
    {
        var id = await IssuedWithPdfAsync();
        var other = "%PDF-1.7 forged"u8.ToArray();
        await using (var db = Context())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE document_pdfs SET content = {other} WHERE document_id = {id}"));
        }

        await using (var db = Context())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM document_pdfs WHERE document_id = {id}"));
        }

        await using (var db = Context())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.DocumentPdfs.Where(p => p.DocumentId == id).ExecuteDeleteAsync());
            Assert.Equal(PdfBytes, (await db.DocumentPdfs.AsNoTracking().SingleAsync(p => p.DocumentId == id)).Content);
        }
    }

    [Fact]
    public async Task Draft_RawSqlEditDeleteAndIssue_PassTheTriggers()
    {
        Guid kept;
        Guid deleted;
        await using (var db = Context())
        {
            var a = Draft();
            var b = Draft();
            db.Documents.AddRange(a, b);
            await db.SaveChangesAsync();
            (kept, deleted) = (a.Id, b.Id);
        }

        await using (var db = Context())
        {
            Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE documents SET title = 'Edited draft' WHERE id = {kept}"));
            Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM documents WHERE id = {deleted}"));

            // Draft → issued is the one transition of a row's status; after it the row is frozen.
            Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE documents SET status = 'Issued', number = 'INV-2026-000099', sequence = 99, year = 2026, snapshot_json = '{{}}' WHERE id = {kept}"));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE documents SET title = 'Again' WHERE id = {kept}"));
        }

        await using (var check = Context())
        {
            var stored = await check.Documents.AsNoTracking().SingleAsync();
            Assert.Equal((kept, "Edited draft", DocumentStatus.Issued, "INV-2026-000099"), (stored.Id, stored.Title, stored.Status, stored.Number));
        }
    }

    [Fact]
    public async Task AmendmentCancellationAndCreditNote_AreNewRows_ThatTheTriggersLetThrough()
    {
        await using var db = Context();
        var original = await IssueAsync(db, Draft());
        var amendment = await IssueAsync(db, TradeDocument.AmendmentOf(original, original.ContentJson, "wrong address", "test", At).Value);
        var credit = await IssueAsync(db, TradeDocument.CreditNoteOf(amendment, Corridor.Common.Money.Of(1000m, "USD"), Corridor.Common.Money.Of(0m, "USD"), 250m, "discount", "test", At).Value);
        var cancellation = await IssueAsync(db, TradeDocument.CancellationOf(credit, "wrong discount", "test", At).Value);

        Assert.Equal(("INV-2026-000001/A1", "CN-2026-000001", "CXL-2026-000001"), (amendment.Number, credit.Number, cancellation.Number));
        Assert.Equal((amendment.Id, 250m, "USD"), (credit.CreditsId!.Value, credit.CreditAmount!.Value, credit.CreditCurrency));
        Assert.Equal(4, await db.Documents.CountAsync(d => d.Status == DocumentStatus.Issued));
    }
}

public sealed class SqliteDocumentTriggerTests() : DocumentTriggerTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentTriggerTests() : DocumentTriggerTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task IssuedDocuments_Truncate_IsRefused()
    {
        await IssuedWithPdfAsync();
        await using var db = Context();
        var e = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE documents, document_pdfs"));
        Assert.Equal(DocumentTriggers.PostgresSqlState, (e as Npgsql.PostgresException)?.SqlState);
        Assert.Equal(1, await db.Documents.CountAsync());
    }
}

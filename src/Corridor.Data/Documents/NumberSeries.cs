using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Documents;

/// <summary>
/// Takes the next number of an organisation's series for a document type and year, inside the caller's transaction:
/// the counter row is created if missing (<c>INSERT … ON CONFLICT DO NOTHING</c>) and advanced by one
/// <c>UPDATE … RETURNING</c>, which holds the row lock (PostgreSQL) or the write lock (SQLite) until the transaction
/// ends. Concurrent issuers, in one process or several, queue on that lock; a rollback gives the number back.
/// </summary>
public static class NumberSeries
{
    /// <summary>
    /// The last number of the series as committed now (0 when none was taken), read without a lock: the number the next
    /// issue will probably take is this + 1, which only <see cref="TakeAsync"/> makes sure of.
    /// </summary>
    public static async Task<long> PeekAsync(CorridorDbContext db, Guid organisationId, DocumentType type, int year, CancellationToken ct = default)
    {
        var typeText = type.ToString();
        var last = await db.Database.SqlQuery<long>(
            $"SELECT last_number AS \"Value\" FROM document_counters WHERE organisation_id = {organisationId} AND type = {typeText} AND year = {year}")
            .ToListAsync(ct);
        return last.Count == 0 ? 0 : last[0];
    }

    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public static async Task<long> TakeAsync(CorridorDbContext db, Guid organisationId, DocumentType type, int year, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is taken only inside the issuing transaction.");
        }

        var typeText = type.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO document_counters (organisation_id, type, year, last_number) VALUES ({organisationId}, {typeText}, {year}, 0) ON CONFLICT (organisation_id, type, year) DO NOTHING", ct);
        var taken = await db.Database.SqlQuery<long>(
            $"UPDATE document_counters SET last_number = last_number + 1 WHERE organisation_id = {organisationId} AND type = {typeText} AND year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(ct);
        return taken.Single();
    }
}

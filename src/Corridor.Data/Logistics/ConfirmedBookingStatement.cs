using Corridor.Audit;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Logistics;

/// <summary>
/// The PostgreSQL hot path of <see cref="CapacityLedger"/> for a confirmed booking (decision 013): one statement that takes the capacity with the
/// conditional update, inserts the booking only if the update took it, and inserts the booking's audit row only if the
/// booking was inserted. A single statement is atomic on its own, so it needs no BEGIN and no COMMIT: one round trip
/// instead of three, and no change tracker.
/// </summary>
/// <remarks>
/// The update is the same conditional update as on the EF path, so concurrent bookings (also from several server
/// processes) wait for the row lock and re-check <c>booked + n &lt;= capacity</c> against the latest row; the check
/// constraint backs it up. The audit row is built by <see cref="OwnershipAndAuditInterceptor.AuditOf"/>, the code the
/// interceptor uses, from the booking's detached entry, and the owner is stamped as the interceptor stamps it.
/// </remarks>
internal static class ConfirmedBookingStatement
{
    // Positional parameters: Npgsql sends them as they are, without parsing the text for names.
    private const string Sql = """
        WITH reserved AS (
            UPDATE departures SET booked = booked + $4
            WHERE id = $3 AND booked + $4 <= capacity
            RETURNING id),
        stored AS (
            INSERT INTO bookings (id, organisation_id, departure_id, quantity, unit, cargo, reference, status, created_at, cancelled_at, order_id)
            SELECT $1, $2, reserved.id, $4, $5, $6, $7, $8, $9, NULL, $18 FROM reserved
            RETURNING id)
        INSERT INTO audit_log (at, user_id, actor, organisation_id, entity_type, entity_key, action, changes)
        SELECT $10, $11, $12, $13, $14, $15, $16, $17 FROM stored
        """;

    /// <summary>Stores <paramref name="booking"/> (confirmed, not yet tracked) if its departure has room; false if it had none or does not exist.</summary>
    /// <exception cref="InvalidOperationException">No organisation is selected, or the context is not on PostgreSQL or is in a transaction.</exception>
    public static async Task<bool> TryStoreAsync(CorridorDbContext db, Booking booking, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres || db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("the booking statement runs on PostgreSQL, outside a transaction.");
        }

        var entry = db.Entry(booking);
        if (entry.State != EntityState.Detached || booking.Status != BookingStatus.Confirmed)
        {
            throw new InvalidOperationException("the booking statement stores a new confirmed booking that is not tracked.");
        }

        OwnershipAndAuditInterceptor.StampOwner(entry, db.Actor);
        if (booking.OrganisationId != db.Actor.OrganisationId)
        {
            throw new InvalidOperationException("Booking belongs to another organisation and cannot be written.");
        }

        OwnershipAndAuditInterceptor.CheckTextLengths(entry);
        var audit = OwnershipAndAuditInterceptor.AuditOf(entry, EntityState.Added, db.Actor, booking.CreatedAt);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection());
            var p = command.Parameters;
            p.Add(new NpgsqlParameter<Guid> { TypedValue = booking.Id });
            p.Add(new NpgsqlParameter<Guid> { TypedValue = booking.OrganisationId });
            p.Add(new NpgsqlParameter<Guid> { TypedValue = booking.DepartureId });
            p.Add(new NpgsqlParameter<int> { TypedValue = booking.Quantity });
            // Enums are stored by name, as EF's string conversion of Unit and Status stores them.
            p.Add(new NpgsqlParameter<string> { TypedValue = booking.Unit.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar });
            p.Add(new NpgsqlParameter<string> { TypedValue = booking.CargoDescription, NpgsqlDbType = NpgsqlDbType.Varchar });
            p.Add(new NpgsqlParameter<string> { TypedValue = booking.Reference, NpgsqlDbType = NpgsqlDbType.Varchar });
            p.Add(new NpgsqlParameter<string> { TypedValue = booking.Status.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar });
            p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = booking.CreatedAt });
            Audit(p, audit);
            p.Add(new NpgsqlParameter { Value = booking.OrderId is { } order ? order : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Audit(NpgsqlParameterCollection p, AuditEntry audit)
    {
        p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = audit.At });
        p.Add(new NpgsqlParameter { Value = audit.UserId is { } user ? user : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter<string> { TypedValue = audit.Actor, NpgsqlDbType = NpgsqlDbType.Varchar });
        p.Add(new NpgsqlParameter { Value = audit.OrganisationId is { } org ? org : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter<string> { TypedValue = audit.EntityType, NpgsqlDbType = NpgsqlDbType.Varchar });
        p.Add(new NpgsqlParameter<string> { TypedValue = audit.EntityKey, NpgsqlDbType = NpgsqlDbType.Varchar });
        p.Add(new NpgsqlParameter<string> { TypedValue = audit.Action, NpgsqlDbType = NpgsqlDbType.Varchar });
        p.Add(new NpgsqlParameter<string> { TypedValue = audit.Changes, NpgsqlDbType = NpgsqlDbType.Text });
    }
}

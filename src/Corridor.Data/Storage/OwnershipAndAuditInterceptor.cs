using Corridor.Audit;
using Corridor.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Storage;

/// <summary>
/// The single place where writes are checked and recorded. New organisation-owned records are stamped
/// with the actor's organisation; a change to another organisation's record is refused; every added,
/// modified or deleted entity (but data-protection key material) gets an <see cref="AuditEntry"/> saved in the same transaction.
/// The actor is the saving context's <see cref="CorridorDbContext.Actor"/>, so one interceptor serves every context.
/// </summary>
public sealed class OwnershipAndAuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal) { "PasswordHash", "SecretHash" };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is not CorridorDbContext { Actor: var actor })
        {
            return;
        }

        // One scan for changes; the Entries() calls below would each scan every tracked entity again, which made a
        // context that tracks thousands of rows (an import) spend most of its time detecting changes.
        var tracker = context.ChangeTracker;
        tracker.DetectChanges();
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var now = clock.GetUtcNow();
            var entries = tracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or DataProtectionKey))
                .ToList();

            foreach (var entry in entries)
            {
                if (entry.Entity is IOrganisationOwned)
                {
                    CheckOwnership(entry, actor);
                }

                Documents.IssuedDocumentGuard.Check(entry);

                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    CheckTextLengths(entry);
                }
            }

            foreach (var entry in entries)
            {
                context.Add(AuditOf(entry, entry.State, actor, now));
            }

            foreach (var tracked in tracker.Entries<AuditEntry>())
            {
                if (tracked.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit log is append-only.");
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Refuses a text value longer than its column or holding a NUL byte, and a decimal beyond its column's precision, the
    /// same on SQLite (which would store them) as on PostgreSQL: every value of a new or detached entry, the changed values
    /// of a modified one.
    /// </summary>
    internal static void CheckTextLengths(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (property.CurrentValue is string value)
            {
                if (property.Metadata.GetMaxLength() is { } max && value.Length > max)
                {
                    throw new ValueTooLongException(entry.Metadata.ClrType.Name, property.Metadata.Name, value.Length, max);
                }

                if (value.Contains('\0', StringComparison.Ordinal))
                {
                    throw new InvalidStoredValueException(entry.Metadata.ClrType.Name, property.Metadata.Name, "a text cannot contain a NUL byte");
                }
            }
            else if (property.CurrentValue is decimal number && property.Metadata.GetPrecision() is { } precision
                && Math.Abs(Math.Round(number, property.Metadata.GetScale() ?? 0)) >= Pow10(precision - (property.Metadata.GetScale() ?? 0)))
            {
                throw new InvalidStoredValueException(entry.Metadata.ClrType.Name, property.Metadata.Name,
                    $"{number} has more than {precision - (property.Metadata.GetScale() ?? 0)} digits before the decimal point");
            }
        }
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits && i < 28; i++)
        {
            result *= 10;
        }

        return digits >= 28 ? decimal.MaxValue : result;
    }

    /// <summary>
    /// Saved audit entries are never read or changed through the context that wrote them (the log is append-only),
    /// so they stop being tracked once written: a long-lived context, such as an import's, does not grow by one
    /// tracked row per change.
    /// </summary>
    private static void ForgetAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var saved in tracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Unchanged).ToList())
            {
                saved.State = EntityState.Detached;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>Stamps a new organisation-owned record that names no owner with the actor's organisation, as every save does.</summary>
    /// <exception cref="InvalidOperationException">No organisation is selected.</exception>
    internal static void StampOwner(EntityEntry entry, ICurrentActor actor)
    {
        var property = entry.Property(nameof(IOrganisationOwned.OrganisationId));
        if ((Guid)property.CurrentValue! == Guid.Empty)
        {
            property.CurrentValue = actor.OrganisationId
                ?? throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} belongs to an organisation, and no organisation is selected.");
        }
    }

    private static void CheckOwnership(EntityEntry entry, ICurrentActor actor)
    {
        var property = entry.Property(nameof(IOrganisationOwned.OrganisationId));
        var owner = (Guid)property.CurrentValue!;
        if (entry.State == EntityState.Added && owner == Guid.Empty)
        {
            StampOwner(entry, actor);
            return;
        }

        var original = entry.State == EntityState.Added ? owner : (Guid)property.OriginalValue!;
        if (original != actor.OrganisationId || owner != original)
        {
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} belongs to another organisation and cannot be written.");
        }
    }

    /// <summary>
    /// The audit entry for one entity written in <paramref name="state"/> by <paramref name="actor"/>: the entity's type
    /// and key, and every property (added, deleted) or every changed property as {old, new} (modified), secrets masked.
    /// </summary>
    /// <remarks>
    /// Also used for an entity that a raw-SQL path writes without the change tracker (the booking hot path, decision
    /// 013): given the detached entry of that entity and <see cref="EntityState.Added"/>, it gives exactly the entry
    /// this interceptor would have written, so the audit log cannot tell the two paths apart.
    /// </remarks>
    internal static AuditEntry AuditOf(EntityEntry entry, EntityState state, ICurrentActor actor, DateTimeOffset now)
    {
        var key = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            // Binary content (an issued document's PDF) is named by its size, not copied into the log.
            object? Shown(object? v) => SecretProperties.Contains(name) && v is not null ? "***" : v is byte[] bytes ? $"{bytes.Length} bytes" : v;
            switch (state)
            {
                case EntityState.Added:
                    changes[name] = Shown(p.CurrentValue);
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    changes[name] = new { old = Shown(p.OriginalValue), @new = Shown(p.CurrentValue) };
                    break;
                case EntityState.Deleted:
                    changes[name] = Shown(p.OriginalValue);
                    break;
            }
        }

        var organisation = entry.Entity is IOrganisationOwned owned ? owned.OrganisationId : (Guid?)null;
        if (organisation == Guid.Empty)
        {
            organisation = actor.OrganisationId;
        }

        return new AuditEntry(now, actor.UserId, actor.Name, organisation, entry.Metadata.ClrType.Name, key,
            state.ToString().ToLowerInvariant(), AuditJson.Serialize(changes));
    }
}

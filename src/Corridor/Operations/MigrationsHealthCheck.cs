using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.Operations;

/// <summary>Unhealthy while the database lacks a migration this build knows (run <c>corridor db migrate</c>).</summary>
public sealed class MigrationsHealthCheck(CorridorDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("no migration pending")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, first {pending[0]}: run 'corridor db migrate'");
    }
}

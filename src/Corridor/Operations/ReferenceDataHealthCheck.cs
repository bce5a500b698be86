using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.Operations;

/// <summary>Unhealthy until the shared reference data (the markets, which every organisation's rules and orders name) is imported.</summary>
public sealed class ReferenceDataHealthCheck(CorridorDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var markets = await db.Markets.CountAsync(cancellationToken);
        return markets > 0
            ? HealthCheckResult.Healthy($"{markets} markets")
            : HealthCheckResult.Unhealthy("no markets loaded: run 'corridor import data/reference --organisation CODE'");
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Compliance;

public static class ComplianceRegistration
{
    /// <summary>Sanctions lists, counterparty screening, review queue, audit and the screening gate.</summary>
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.AddSingleton<ScreeningIndexCache>();
        services.AddScoped<SnapshotStore>();
        services.AddScoped<ScreeningService>();
        services.AddScoped<ListImportService>();
        services.AddScoped<CounterpartyService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ScreeningAudit>();
        services.AddScoped<IScreeningGate, ScreeningGate>();
        return services;
    }
}

using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Logistics;

public static class LogisticsRegistration
{
    /// <summary>The logistics feature: network importers, route options, bookings and plan allocation.</summary>
    public static IServiceCollection AddLogistics(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, NodeImporter>();
        services.AddScoped<IDatasetImporter, EmissionFactorImporter>();
        services.AddScoped<IDatasetImporter, LinkImporter>();
        services.AddScoped<IDatasetImporter, BorderCrossingImporter>();
        services.AddScoped<IDatasetImporter, ServiceImporter>();
        services.AddScoped<NetworkStore>();
        services.AddSingleton<DepartureFacts>();
        services.AddScoped<BookingService>();
        services.AddScoped<ScenarioStore>();
        services.AddScoped<ShipmentTracking>();
        services.AddScoped<IDatasetImporter, ShipmentEventImporter>();
        return services;
    }
}

using Corridor.Catalog;
using Corridor.Intelligence;
using Corridor.MarketAccess;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Import;

public static class ImportRegistration
{
    /// <summary>The foundation's importers. A feature adds its own with <c>services.AddScoped&lt;IDatasetImporter, X&gt;()</c> in its AddX().</summary>
    public static IServiceCollection AddCorridorImport(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, MarketImporter>();
        services.AddScoped<IDatasetImporter, ReportedFigureImporter>();
        services.AddScoped<IDatasetImporter, MakerImporter>();
        services.AddScoped<IDatasetImporter, VehicleModelImporter>();
        services.AddScoped<IDatasetImporter, PartImporter>();
        services.AddScoped<IDatasetImporter, Corridor.Trade.RecordedOrderLineImporter>();
        services.AddScoped<ImportRunner>();
        return services;
    }
}

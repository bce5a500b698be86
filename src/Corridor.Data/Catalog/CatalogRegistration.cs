using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Catalog;

public static class CatalogRegistration
{
    /// <summary>The catalogue: importers of makers, models and parts, and its use cases (create, edit and delete makers, models, parts), shared by the API and the pages.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services
        .AddScoped<IDatasetImporter, MakerImporter>()
        .AddScoped<IDatasetImporter, VehicleModelImporter>()
        .AddScoped<IDatasetImporter, PartImporter>()
        .AddScoped<CatalogEntry>();
}

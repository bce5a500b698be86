using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Catalog;

public static class CatalogRegistration
{
    /// <summary>The catalogue's use cases (create and edit makers, models, parts), shared by the API and the pages.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services.AddScoped<CatalogEntry>();
}

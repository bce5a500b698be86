using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Import;

public static class ImportRegistration
{
    /// <summary>
    /// The import runner. It knows no feature: each feature registers its own importers with
    /// <c>services.AddScoped&lt;IDatasetImporter, X&gt;()</c> in its AddX() (decision 043), and the runner takes them in their
    /// <see cref="IDatasetImporter.Order"/>.
    /// </summary>
    public static IServiceCollection AddCorridorImport(this IServiceCollection services) => services.AddScoped<ImportRunner>();
}

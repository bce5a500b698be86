using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Corridor.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// Registers the DbContext, the scoped actor and the clock. The location is resolved when first
    /// needed, so a host's configuration (and a test's override of it) decides where the data lives.
    /// </summary>
    public static IServiceCollection AddCorridorStorage(this IServiceCollection services, Func<IServiceProvider, DatabaseLocation> location)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(location);
        services.AddSingleton(sp => new CorridorDbContextFactory(sp.GetRequiredService<DatabaseLocation>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ActorContext>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<ActorContext>());
        services.AddScoped(sp => sp.GetRequiredService<CorridorDbContextFactory>().Create(sp.GetRequiredService<ICurrentActor>()));
        return services;
    }
}

using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.MarketAccess;

public static class MarketAccessRegistration
{
    /// <summary>Market access: importers of requirement kinds, market rules and certificates; the services; the impact sources (certificates, recorded order lines).</summary>
    public static IServiceCollection AddMarketAccess(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, RequirementKindImporter>();
        services.AddScoped<IDatasetImporter, MarketRuleImporter>();
        services.AddScoped<IDatasetImporter, CertificateImporter>();
        services.AddScoped<IImpactSource, CertificateImpactSource>();
        services.AddScoped<IImpactSource, OrderLineImpactSource>();
        services.AddScoped<MarketAccessService>();
        services.AddScoped<CertificateRegistry>();
        return services;
    }
}

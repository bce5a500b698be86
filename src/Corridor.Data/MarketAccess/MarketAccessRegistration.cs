using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.MarketAccess;

public static class MarketAccessRegistration
{
    /// <summary>Market access: importers of markets, requirement kinds, market rules and certificates; the services; the certificates' impact source.</summary>
    public static IServiceCollection AddMarketAccess(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, MarketImporter>();
        services.AddScoped<IDatasetImporter, RequirementKindImporter>();
        services.AddScoped<IDatasetImporter, MarketRuleImporter>();
        services.AddScoped<IDatasetImporter, CertificateImporter>();
        services.AddScoped<IImpactSource, CertificateImpactSource>();
        services.AddScoped<MarketAccessService>();
        services.AddScoped<CertificateRegistry>();
        return services;
    }
}

using Corridor.Analytics;
using Corridor.Catalog;
using Corridor.Compliance;
using Corridor.Documents;
using Corridor.Intelligence;
using Corridor.Logistics;
using Corridor.MarketAccess;
using Corridor.Organisations;
using Corridor.Trade;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Storage;

public static class FeatureRegistration
{
    /// <summary>Every feature's services, shared by the web host and the command line. Each feature adds one line.</summary>
    public static IServiceCollection AddCorridorFeatures(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<PasswordChange>();
        services.AddMarketAccess();
        services.AddCompliance();
        services.AddLogistics();
        services.AddAnalytics();
        services.AddTrade();
        services.AddDocuments();
        services.AddIntelligence();
        services.AddCatalog();
        return services;
    }
}

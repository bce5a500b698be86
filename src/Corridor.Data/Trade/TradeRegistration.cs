using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Trade;

public static class TradeRegistration
{
    /// <summary>The trade feature: exchange rates, landed-cost rules, partners, agreements, orders and their promise, targets.</summary>
    public static IServiceCollection AddTrade(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, ExchangeRateImporter>();
        services.AddScoped<IDatasetImporter, TradePreferenceImporter>();
        services.AddScoped<IDatasetImporter, LandedCostRuleImporter>();
        services.AddScoped<IDatasetImporter, TradePartnerImporter>();
        services.AddScoped<IDatasetImporter, AgreementImporter>();
        services.AddScoped<IDatasetImporter, TargetImporter>();
        services.AddScoped<IDatasetImporter, OrderImporter>();
        services.AddScoped<IDatasetImporter, OrderHistoryImporter>();
        services.AddScoped<TradeReferenceStore>();
        services.AddScoped<ExchangeRateService>();
        services.AddScoped<Corridor.MarketAccess.IImpactSource, OrderImpactSource>();
        services.AddScoped<PromiseService>();
        services.AddScoped<OrderService>();
        services.AddScoped<OrderEntry>();
        services.AddScoped<AgreementService>();
        services.AddScoped<AgreementEntry>();
        services.AddScoped<TargetService>();
        return services;
    }
}

using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Trade;

public static class TradeRegistration
{
    /// <summary>The trade feature: exchange rates, landed-cost rules, partners, agreements, orders and their promise, targets; the impact sources of orders and recorded order lines (market access asks them).</summary>
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
        services.AddScoped<IDatasetImporter, RecordedOrderLineImporter>();
        services.AddScoped<TradeReferenceStore>();
        services.AddScoped<ExchangeRateService>();
        // After the certificates' source (AddMarketAccess comes first), in the order reports have always listed them.
        services.AddScoped<Corridor.MarketAccess.IImpactSource, OrderLineImpactSource>();
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

using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Analytics;

public static class AnalyticsRegistration
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddScoped<HistoryService>();
        services.AddScoped<AnalyticsService>();
        services.AddScoped<TradeKpis>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Documents;

public static class DocumentsRegistration
{
    /// <summary>The documents feature: drafting, issuing with gates and cross-checks, amendment and cancellation.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentService>();
        services.AddSingleton<DocumentRulesSource>();
        return services;
    }
}

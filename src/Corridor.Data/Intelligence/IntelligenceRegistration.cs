using Corridor.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Intelligence;

public static class IntelligenceRegistration
{
    /// <summary>Market intelligence: the importer of reported figures, article intake with extraction, and the review queue of candidate figures.</summary>
    public static IServiceCollection AddIntelligence(this IServiceCollection services)
    {
        services.AddScoped<IDatasetImporter, ReportedFigureImporter>();
        services.AddScoped<ArticleIntake>();
        services.AddScoped<FactReview>();
        services.AddHostedService<ExtractorWarmUp>(); // started by the server only (decision 039)
        return services;
    }
}

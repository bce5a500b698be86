using Corridor.Documents.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Documents;

public static class DocumentsRegistration
{
    /// <summary>
    /// The documents feature: drafting, issuing with gates and cross-checks, amendment and cancellation, rendering
    /// (one Chromium for the process, <c>Corridor:Chromium</c> or CORRIDOR_CHROMIUM) and public verification.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentService>();
        services.AddScoped<DocumentGates>();
        services.AddScoped<DocumentVerification>();
        services.AddSingleton<DocumentRulesSource>();
        services.AddSingleton(sp => new ChromiumPdfPrinter(Setting(sp, "Corridor:Chromium", "CORRIDOR_CHROMIUM") ?? ChromiumPdfPrinter.DefaultExecutable));
        services.AddSingleton(sp => new DocumentRenderOptions(Setting(sp, "Corridor:PublicUrl", "CORRIDOR_PUBLIC_URL") ?? DocumentRenderOptions.DefaultPublicUrl));
        services.AddSingleton<DocumentRenderer>();
        return services;
    }

    private static string? Setting(IServiceProvider sp, string key, string variable) =>
        sp.GetService<IConfiguration>()?[key] is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set ? set : null;
}

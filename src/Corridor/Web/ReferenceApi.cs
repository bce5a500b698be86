using Corridor.Intelligence;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web;

/// <summary>Shared reference data every organisation sees: markets and reported figures.</summary>
public static class ReferenceApi
{
    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference data").RequireAuthorization(Policies.Read);
        api.MapGet("/markets", ListMarkets).WithName("ListMarkets").WithSummary("Destination markets with currency and customs union.");
        api.MapGet("/markets/{iso2}", GetMarket).WithName("GetMarket").WithSummary("One market by ISO 3166-1 alpha-2 code.");
        api.MapGet("/reported-figures", ListFigures).WithName("ListReportedFigures").WithSummary("Figures as reported by articles and reports, each with its quote and source.");
        return app;
    }

    private static async Task<Ok<List<Market>>> ListMarkets(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Markets.AsNoTracking().OrderBy(m => m.Iso2).ToListAsync(ct));

    private static async Task<Results<Ok<Market>, NotFound>> GetMarket(string iso2, CorridorDbContext db, CancellationToken ct) =>
        await db.Markets.AsNoTracking().SingleOrDefaultAsync(m => m.Iso2 == iso2.ToUpperInvariant(), ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    private static async Task<Ok<List<ReportedFigure>>> ListFigures(string? subject, CorridorDbContext db, CancellationToken ct)
    {
        var query = db.ReportedFigures.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(subject))
        {
            query = query.Where(f => f.Subject == subject);
        }

        return TypedResults.Ok(await query.OrderBy(f => f.Key).ToListAsync(ct));
    }
}

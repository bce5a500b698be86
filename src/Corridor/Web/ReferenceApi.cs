using Corridor.Analytics;
using Corridor.Intelligence;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web;

/// <summary>
/// Reference data: the shared markets, and the reported figures as the caller's organisation sees them — its reviewed
/// facts first, then the shared rows of reported-figures.csv no fact states (<see cref="ReportedFigureBoard"/>, the
/// rule of /intelligence/figures and the dashboard).
/// </summary>
public static class ReferenceApi
{
    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference data").RequireAuthorization(Policies.Read);
        api.MapGet("/markets", ListMarkets).WithName("ListMarkets").WithSummary("Destination markets with currency and customs union.");
        api.MapGet("/markets/{iso2}", GetMarket).WithName("GetMarket").WithSummary("One market by ISO 3166-1 alpha-2 code.");
        api.MapGet("/reported-figures", ListFigures).WithName("ListReportedFigures").WithSummary("Figures as reported by articles and reports, each with its quote and source: the organisation's reviewed facts, then the reference rows no fact states.");
        return app;
    }

    private static async Task<Ok<List<Market>>> ListMarkets(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Markets.AsNoTracking().OrderBy(m => m.Iso2).ToListAsync(ct));

    private static async Task<Results<Ok<Market>, NotFound>> GetMarket(string iso2, CorridorDbContext db, CancellationToken ct) =>
        await db.Markets.AsNoTracking().SingleOrDefaultAsync(m => m.Iso2 == iso2.ToUpperInvariant(), ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();

    private static async Task<Ok<List<ReportedView>>> ListFigures(string? subject, CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await ReportedFigureBoard.ListAsync(db, null, ct))
            .Where(f => string.IsNullOrWhiteSpace(subject) || f.Subject == subject)
            .OrderBy(f => f.Origin == "reviewed" ? 0 : 1).ThenBy(f => f.Key, StringComparer.Ordinal).ToList());
}

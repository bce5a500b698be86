using System.Globalization;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Analytics;

/// <summary>
/// Programme KPIs of the signed-in organisation, grouped by the database. Every route takes the same filter:
/// <c>from</c> and <c>until</c> (YYYY-MM-DD, half-open, whole months), optional <c>market</c>, <c>maker</c>, <c>group</c>
/// and <c>kind</c> (Model or Part); tables take <c>granularity</c> (Month, Quarter, Year).
/// </summary>
public static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analytics").WithTags("Analytics").RequireAuthorization(Policies.Read);
        api.MapGet("/exports", Exports).WithName("AnalyticsExports").WithSummary("Exports per period, broken down by market, maker, item, product group or invoice currency (by=market,maker,...); currency=EUR (or any code with Trade rates) converts the value, each month at the rate of its last day.");
        api.MapGet("/growth", Growth).WithName("AnalyticsGrowth").WithSummary("Totals per period with growth on the previous period and year on year.");
        api.MapGet("/targets", Targets).WithName("AnalyticsTargets").WithSummary("Attainment of the organisation's Trade targets overlapping the range, the same rows as /api/trade/targets (orders and recorded order lines by order day), with projection to each period's end; and, labelled reported, IKCO's exports per year against the target reported in an article.");
        api.MapGet("/utilisation", Utilisation).WithName("AnalyticsUtilisation").WithSummary("Vehicles and tonnes carried per corridor link and period against the link's capacity.");
        api.MapGet("/lead-times", LeadTimes).WithName("AnalyticsLeadTimes").WithSummary("Lead-time distribution (order to delivery, days), percentiles and on-time rate.");
        api.MapGet("/lines", Lines).WithName("AnalyticsLines").WithSummary("The shipment lines behind a figure (at most 1,000).");
        api.MapGet("/agreements", Agreements).WithName("AnalyticsAgreements").WithSummary("Agreement burn-down: agreements overlapping the range (seller = maker filter) with the value their committing orders ordered before the range's end took from the ceiling, and the cumulative burn-down by order day.");
        api.MapGet("/receivables", Receivables).WithName("AnalyticsReceivables").WithSummary("Receivables by currency and order state: orders in transit or delivered with an order day in the range, at the sum of quantity x unit price; gross, since Trade records no payments.");
        api.MapGet("/orders", Orders).WithName("AnalyticsOrders").WithSummary("The Trade orders behind a burn-down (agreement=CODE) or receivables figure (currency, status=in-transit|delivered), at most 1,000.");
        api.MapGet("/reported", Reported).WithName("AnalyticsReported").WithSummary("Reported figures (from articles, with their source) to set next to the recorded ones.");
        return app;
    }

    public sealed record LineDto(long LineNo, long OrderNo, DateOnly OrderDate, DateOnly ShipDate, DateOnly DeliveryDate, DateOnly DueDate, string Market, string Maker,
        string ItemKind, string Item, string ProductGroup, int Units, long WeightKg, decimal Value, string Currency, decimal ValueUsd, string Branch, int LeadDays, bool OnTime);

    private static Results<Ok<AnalyticsFilter>, ValidationProblem> Filter(string? from, string? until, string? market, string? maker, string? group, ShipmentItemKind? kind)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? Parse(string? text, string name)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                if (RequestBounds.DateError(d) is { } outside)
                {
                    errors[name] = [outside];
                    return null;
                }

                return d;
            }

            errors[name] = [$"'{text}' is not a date (YYYY-MM-DD)"];
            return null;
        }

        var f = Parse(from, "from") ?? new DateOnly(2000, 1, 1);
        var u = Parse(until, "until") ?? new DateOnly(2100, 1, 1);
        if (errors.Count == 0 && u <= f)
        {
            errors["until"] = ["until must be after from"];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(new AnalyticsFilter(f, u, market?.ToUpperInvariant(), maker?.ToUpperInvariant(), group, kind));
    }

    private static async Task<Results<Ok<IReadOnlyList<ExportRow>>, ValidationProblem>> Exports(AnalyticsService analytics, string? from, string? until, string? market, string? maker, string? group,
        ShipmentItemKind? kind, Granularity? granularity, string? by, string? currency, CancellationToken ct)
    {
        var dims = ExportDimensions.None;
        foreach (var part in (by ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ExportDimensions>(part.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var d) || d == ExportDimensions.None)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = [$"'{part}' is not one of market, maker, item, productgroup, currency"] });
            }

            dims |= d;
        }

        if (Filter(from, until, market, maker, group, kind).Result is not Ok<AnalyticsFilter> ok)
        {
            return (ValidationProblem)Filter(from, until, market, maker, group, kind).Result;
        }

        if (string.IsNullOrWhiteSpace(currency) || string.Equals(currency.Trim(), "USD", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok(await analytics.ExportsAsync(ok.Value!, granularity ?? Granularity.Month, dims, ct));
        }

        if (!Corridor.Common.Currency.TryParse(currency.Trim(), out var to))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currency"] = [$"'{currency}' is not an ISO 4217 currency code"] });
        }

        var converted = await analytics.ExportsInAsync(ok.Value!, granularity ?? Granularity.Month, dims, to, ct);
        return converted.Succeeded
            ? TypedResults.Ok(converted.Value!)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["currency"] = [.. converted.Errors] });
    }

    private static async Task<Results<Ok<IReadOnlyList<GrowthRow>>, ValidationProblem>> Growth(AnalyticsService analytics, string? from, string? until, string? market, string? maker, string? group,
        ShipmentItemKind? kind, Granularity? granularity, CancellationToken ct) =>
        Filter(from, until, market, maker, group, kind).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await analytics.GrowthAsync(ok.Value!, granularity ?? Granularity.Quarter, ct))
            : (ValidationProblem)Filter(from, until, market, maker, group, kind).Result;

    private static async Task<Results<Ok<TargetsView>, ValidationProblem>> Targets(AnalyticsService analytics, string? from, string? until, CancellationToken ct) =>
        Filter(from, until, null, null, null, null).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(new TargetsView(await analytics.TradeTargetsAsync(ok.Value!, ct), await analytics.TargetsAsync(ok.Value!, ct)))
            : (ValidationProblem)Filter(from, until, null, null, null, null).Result;

    private static async Task<Results<Ok<IReadOnlyList<LinkUtilisation>>, ValidationProblem>> Utilisation(AnalyticsService analytics, string? from, string? until, string? market, string? maker, string? group,
        ShipmentItemKind? kind, Granularity? granularity, CancellationToken ct) =>
        Filter(from, until, market, maker, group, kind).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await analytics.UtilisationAsync(ok.Value!, granularity ?? Granularity.Quarter, ct))
            : (ValidationProblem)Filter(from, until, market, maker, group, kind).Result;

    private static async Task<Results<Ok<LeadTimeSummary>, ValidationProblem>> LeadTimes(AnalyticsService analytics, string? from, string? until, string? market, string? maker, string? group, CancellationToken ct) =>
        Filter(from, until, market, maker, group, null).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await analytics.LeadTimesAsync(ok.Value!, ct))
            : (ValidationProblem)Filter(from, until, market, maker, group, null).Result;

    private static async Task<Results<Ok<List<LineDto>>, ValidationProblem>> Lines(AnalyticsService analytics, string? from, string? until, string? market, string? maker, string? group,
        ShipmentItemKind? kind, string? link, int? limit, CancellationToken ct)
    {
        if (Filter(from, until, market, maker, group, kind).Result is not Ok<AnalyticsFilter> ok)
        {
            return (ValidationProblem)Filter(from, until, market, maker, group, kind).Result;
        }

        var lines = await analytics.LinesAsync(ok.Value!, link, null, Math.Clamp(limit ?? 200, 1, 1000), ct);
        return TypedResults.Ok(lines.Select(l => new LineDto(l.LineNo, l.OrderNo, l.OrderDate, l.ShipDate, l.DeliveryDate, l.DueDate, l.Market, l.Maker, l.ItemKind.ToString(), l.ItemCode,
            l.ProductGroup, l.Units, l.WeightKg, l.ValueMinor / 100m, l.Currency, l.ValueUsdCents / 100m, l.Branch, l.LeadDays, l.OnTime)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<AgreementBurnDown>>, ValidationProblem>> Agreements(TradeKpis trade, string? from, string? until, string? maker, CancellationToken ct) =>
        Filter(from, until, null, maker, null, null).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await trade.BurnDownAsync(ok.Value!, ct))
            : (ValidationProblem)Filter(from, until, null, maker, null, null).Result;

    private static async Task<Results<Ok<IReadOnlyList<Receivable>>, ValidationProblem>> Receivables(TradeKpis trade, string? from, string? until, string? market, string? maker, CancellationToken ct) =>
        Filter(from, until, market, maker, null, null).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await trade.ReceivablesAsync(ok.Value!, ct))
            : (ValidationProblem)Filter(from, until, market, maker, null, null).Result;

    private static async Task<Results<Ok<IReadOnlyList<OrderRecord>>, ValidationProblem>> Orders(TradeKpis trade, string? from, string? until, string? market, string? maker,
        string? agreement, string? currency, string? status, int? limit, CancellationToken ct)
    {
        if (status is not null && status is not ("in-transit" or "delivered"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not a receivables state (in-transit or delivered)"] });
        }

        return Filter(from, until, market, maker, null, null).Result is Ok<AnalyticsFilter> ok
            ? TypedResults.Ok(await trade.OrdersAsync(ok.Value!, new OrderSelection(agreement, currency, status), Math.Clamp(limit ?? 200, 1, 1000), ct))
            : (ValidationProblem)Filter(from, until, market, maker, null, null).Result;
    }

    private static async Task<Ok<IReadOnlyList<ReportedView>>> Reported(AnalyticsService analytics, CancellationToken ct) =>
        TypedResults.Ok(await analytics.ReportedAsync(ct));
}

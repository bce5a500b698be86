using System.Data.Common;
using System.Text;
using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Analytics;

/// <summary>
/// The programme KPIs of the acting organisation. Every figure is grouped by the database, over the rollups that
/// <see cref="AnalyticsRollups"/> keeps equal to the sums of the shipment lines; only arithmetic on the grouped rows
/// (growth ratios, percentiles of a histogram, projections) is done here. The SQL is the same on SQLite and PostgreSQL
/// (integer arithmetic on yyyymm keys); the organisation is always a parameter.
/// </summary>
public sealed class AnalyticsService(CorridorDbContext db, Corridor.Trade.TargetService targets)
{
    private Guid Organisation => db.CurrentOrganisationId ?? throw new InvalidOperationException("no organisation selected");

    public static string PeriodSql(Granularity g, string column = "month") => g switch
    {
        Granularity.Month => column,
        Granularity.Quarter => $"(({column} / 100) * 10 + (({column} % 100) + 2) / 3)",
        _ => $"({column} / 100)",
    };

    public async Task<IReadOnlyList<ExportRow>> ExportsAsync(AnalyticsFilter filter, Granularity granularity, ExportDimensions by, CancellationToken ct = default)
    {
        var dims = new List<string>();
        if (by.HasFlag(ExportDimensions.Market)) { dims.Add("market"); }
        if (by.HasFlag(ExportDimensions.Maker)) { dims.Add("maker"); }
        if (by.HasFlag(ExportDimensions.Item)) { dims.Add("item_kind"); dims.Add("item_code"); }
        if (by.HasFlag(ExportDimensions.ProductGroup)) { dims.Add("product_group"); }
        if (by.HasFlag(ExportDimensions.Currency)) { dims.Add("currency"); }
        var period = PeriodSql(granularity);
        var value = by.HasFlag(ExportDimensions.Currency) ? "value_minor" : "value_usd_cents";
        var select = string.Join("", dims.Select(d => $", {d}"));
        var sql = $"""
            SELECT {period} AS period{select}, SUM(lines), SUM(units), SUM(weight_kg), SUM({value})
            FROM shipment_monthly {Where(filter, out var args)}
            GROUP BY {period}{select}
            ORDER BY period{select}
            """;
        return await ReadAsync(sql, args, r =>
        {
            var i = 1;
            string Next(string dim) => dims.Contains(dim) ? r.GetString(i++) : "";
            var market = Next("market");
            var maker = Next("maker");
            var kind = Next("item_kind");
            var item = Next("item_code");
            var group = Next("product_group");
            var currency = dims.Contains("currency") ? r.GetString(i++) : "USD";
            return new ExportRow(r.GetInt32(0), market, maker, kind, item, group, currency, r.GetInt64(i), r.GetInt64(i + 1), r.GetInt64(i + 2), r.GetInt64(i + 3));
        }, ct);
    }

    /// <summary>
    /// Exports with their value in a chosen currency: the database sums each month's US cents per dimension (from the
    /// monthly rollup), each month's sum is converted at Trade's rate on the last day of that month
    /// (<see cref="Corridor.Trade.ExchangeRateTable"/>: the latest rate on or before the day, inverse or through USD as
    /// Trade does) and rounded to the currency's minor units, and the months are added up into the periods asked for.
    /// <see cref="ExportRow.Value"/> is then in minor units of <paramref name="to"/>. A month without a rate fails with
    /// the pair and the day; grouping by invoice currency and converting exclude each other.
    /// </summary>
    public async Task<Corridor.Common.Result<IReadOnlyList<ExportRow>>> ExportsInAsync(AnalyticsFilter filter, Granularity granularity, ExportDimensions by,
        Corridor.Common.Currency to, CancellationToken ct = default)
    {
        if (by.HasFlag(ExportDimensions.Currency))
        {
            return Corridor.Common.Result<IReadOnlyList<ExportRow>>.Failure("exports by invoice currency keep each invoice currency; leave out 'currency' to convert into one");
        }

        var monthly = await ExportsAsync(filter, Granularity.Month, by, ct);
        var rates = new Corridor.Trade.ExchangeRateTable(await db.Set<Corridor.Trade.ExchangeRate>().AsNoTracking().ToListAsync(ct));
        var scale = (decimal)Math.Pow(10, to.Decimals);
        var periods = new Dictionary<(int, string, string, string, string, string), ExportRow>();
        foreach (var m in monthly)
        {
            var day = new DateOnly(m.Period / 100, m.Period % 100, 1).AddMonths(1).AddDays(-1);
            var converted = rates.Convert(new Corridor.Common.Money(m.Value / 100m, Corridor.Common.Currency.USD), to, day);
            if (!converted.Succeeded)
            {
                return Corridor.Common.Result<IReadOnlyList<ExportRow>>.Failure(converted.Errors);
            }

            var minor = (long)Math.Round(converted.Value.Amount * scale, MidpointRounding.AwayFromZero);
            var key = (AnalyticsPeriod.Of(m.Period, granularity), m.Market, m.Maker, m.ItemKind, m.Item, m.ProductGroup);
            periods[key] = periods.TryGetValue(key, out var sum)
                ? sum with { Lines = sum.Lines + m.Lines, Units = sum.Units + m.Units, WeightKg = sum.WeightKg + m.WeightKg, Value = sum.Value + minor }
                : m with { Period = key.Item1, Currency = to.Code, Value = minor };
        }

        return Corridor.Common.Result<IReadOnlyList<ExportRow>>.Success(periods.Values
            .OrderBy(r => r.Period).ThenBy(r => r.Market, StringComparer.Ordinal).ThenBy(r => r.Maker, StringComparer.Ordinal)
            .ThenBy(r => r.ItemKind, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.ProductGroup, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>Totals per period with growth on the previous period and year on year (the year before the range is read for the base).</summary>
    public async Task<IReadOnlyList<GrowthRow>> GrowthAsync(AnalyticsFilter filter, Granularity granularity, CancellationToken ct = default)
    {
        var rows = (await ExportsAsync(filter with { From = filter.From.AddYears(-1) }, granularity, ExportDimensions.None, ct)).ToDictionary(r => r.Period);
        var result = new List<GrowthRow>();
        foreach (var r in rows.Values.OrderBy(r => r.Period))
        {
            if (AnalyticsPeriod.Start(r.Period, granularity) < new DateOnly(filter.From.Year, filter.From.Month, 1))
            {
                continue;
            }

            rows.TryGetValue(AnalyticsPeriod.Previous(r.Period, granularity), out var prev);
            rows.TryGetValue(AnalyticsPeriod.YearBefore(r.Period, granularity), out var year);
            result.Add(new GrowthRow(r.Period, r.Units, r.Value, Ratio(r.Units, prev?.Units), Ratio(r.Units, year?.Units), Ratio(r.Value, prev?.Value), Ratio(r.Value, year?.Value)));
        }

        return result;
    }

    /// <summary>
    /// The organisation's Trade targets whose period overlaps the filter's range, with their progress as
    /// <see cref="Corridor.Trade.TargetService"/> computes it (the one definition, decision 040). The filter's market,
    /// maker and group do not narrow a target: each target has its own subject.
    /// </summary>
    public async Task<IReadOnlyList<TradeTargetAttainment>> TradeTargetsAsync(AnalyticsFilter filter, CancellationToken ct = default) =>
        (await targets.ProgressAsync(ct)).Where(t => t.From < filter.Until && t.Until > filter.From).Select(TradeTargetAttainment.Of).ToList();

    /// <summary>
    /// The reported comparison: IKCO's vehicle exports against the annual export target reported in an article
    /// (metric export_target, subject IKCO: a reviewed fact of the organisation, else the reference row of
    /// reported-figures.csv no reviewed fact states), for each year of the filter, labelled "reported".
    /// The organisation's own targets are <see cref="TradeTargetsAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<TargetAttainment>> TargetsAsync(AnalyticsFilter filter, CancellationToken ct = default)
    {
        // Reviewed facts first, then the reference rows no fact states: the one rule of ReportedFigureBoard (decision 030).
        var target = (await Intelligence.ReportedFigureBoard.ListAsync(db, ["export_target"], ct))
            .Where(f => f.Subject == "IKCO").OrderByDescending(f => f.Origin == "reviewed").ThenByDescending(f => f.Value).FirstOrDefault();
        if (target is null)
        {
            return [];
        }

        var monthly = await ExportsAsync(filter with { Maker = "IKCO", Kind = ShipmentItemKind.Model, Market = null, ProductGroup = null }, Granularity.Month, ExportDimensions.None, ct);
        var result = new List<TargetAttainment>();
        for (var year = filter.From.Year; year <= filter.Until.AddDays(-1).Year; year++)
        {
            var months = monthly.Where(m => m.Period / 100 == year).OrderBy(m => m.Period).ToList();
            if (months.Count == 0)
            {
                continue;
            }

            var recorded = months.Sum(m => m.Units);
            var last = months[^1].Period % 100;
            var runRate = months.TakeLast(3).Average(m => (double)m.Units);
            var projected = recorded + (long)Math.Round(runRate * (12 - last));
            result.Add(new TargetAttainment(year, "IKCO vehicle exports", recorded, projected, target.Value, target.Unit, "reported", target.Source, target.Quote));
        }

        return result;
    }

    public async Task<IReadOnlyList<LinkUtilisation>> UtilisationAsync(AnalyticsFilter filter, Granularity granularity, CancellationToken ct = default)
    {
        // Group the rollup by route and period first (a few thousand rows), then spread over the routes' links.
        var period = PeriodSql(granularity, "month");
        var sql = $"""
            SELECT l.link_key, MIN(l.from_code), MIN(l.to_code), m.period, SUM(m.vehicles), SUM(m.kg), SUM(m.parts_kg)
            FROM (
                SELECT organisation_id, route_id, {period} AS period,
                    SUM(CASE WHEN item_kind = 'Model' THEN units ELSE 0 END) AS vehicles, SUM(weight_kg) AS kg,
                    SUM(CASE WHEN item_kind = 'Part' THEN weight_kg ELSE 0 END) AS parts_kg
                FROM shipment_monthly {Where(filter, out var args)} AND route_id > 0
                GROUP BY organisation_id, route_id, {period}
            ) m
            JOIN shipment_route_links l ON l.organisation_id = m.organisation_id AND l.route_id = m.route_id
            GROUP BY l.link_key, m.period
            ORDER BY l.link_key, m.period
            """;
        var rows = await ReadAsync(sql, args, r => (Key: r.GetString(0), From: r.GetString(1), To: r.GetString(2), Period: r.GetInt32(3), Vehicles: r.GetInt64(4), Kg: r.GetInt64(5), PartsKg: r.GetInt64(6)), ct);
        var links = (await db.Set<Link>().AsNoTracking().ToListAsync(ct)).ToDictionary(l => l.Key, StringComparer.Ordinal);
        return rows.Select(r =>
        {
            links.TryGetValue(r.Key, out var link);
            var start = AnalyticsPeriod.Start(r.Period, granularity);
            var end = AnalyticsPeriod.End(r.Period, granularity);
            var weeks = (end.DayNumber - start.DayNumber) / 7m;
            decimal? slots = link?.CapacityVehiclesPerWeek is { } v ? v * weeks : link?.CapacityTonnesPerWeek is { } t ? t / 10m * weeks : null;
            decimal? tonnes = link?.CapacityTonnesPerWeek is { } tt ? tt * weeks : null;
            return new LinkUtilisation(r.Key, r.From, r.To, r.Period, r.Vehicles, r.Kg, slots is null ? null : decimal.Round(slots.Value, 1), tonnes is null ? null : decimal.Round(tonnes.Value, 1)) { WeightKgParts = r.PartsKg };
        }).ToList();
    }

    public async Task<LeadTimeSummary> LeadTimesAsync(AnalyticsFilter filter, CancellationToken ct = default)
    {
        var sql = $"""
            SELECT lead_days, SUM(lines), SUM(on_time_lines) FROM shipment_lead_times {Where(filter, out var args, kinds: false)}
            GROUP BY lead_days ORDER BY lead_days
            """;
        var buckets = await ReadAsync(sql, args, r => new LeadTimeBucket(r.GetInt32(0), r.GetInt64(1), r.GetInt64(2)), ct);
        var lines = buckets.Sum(b => b.Lines);
        return new LeadTimeSummary(buckets, lines, buckets.Sum(b => b.OnTimeLines), Percentile(buckets, lines, 0.5), Percentile(buckets, lines, 0.9),
            lines == 0 ? null : buckets.Sum(b => (double)b.LeadDays * b.Lines) / lines);
    }

    /// <summary>The shipment lines behind a figure, newest line numbers last, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ShipmentLine>> LinesAsync(AnalyticsFilter filter, string? linkKey = null, int? leadDays = null, int limit = 200, CancellationToken ct = default)
    {
        var q = db.Set<ShipmentLine>().AsNoTracking().Where(l => l.ShipMonth >= filter.FromMonth && l.ShipMonth < filter.UntilMonth);
        if (filter.Market is { } market) { q = q.Where(l => l.Market == market); }
        if (filter.Maker is { } maker) { q = q.Where(l => l.Maker == maker); }
        if (filter.ProductGroup is { } group) { q = q.Where(l => l.ProductGroup == group); }
        if (filter.Kind is { } kind) { q = q.Where(l => l.ItemKind == kind); }
        if (leadDays is { } days) { q = q.Where(l => l.LeadDays == days); }
        if (linkKey is not null)
        {
            var routes = db.Set<ShipmentRouteLink>().Where(r => r.LinkKey == linkKey).Select(r => r.RouteId);
            q = q.Where(l => routes.Contains(l.RouteId));
        }

        return await q.OrderBy(l => l.ShipMonth).ThenBy(l => l.LineNo).Take(Math.Clamp(limit, 1, 10_000)).ToListAsync(ct);
    }

    /// <summary>The distinct markets, makers and product groups that have lines (for the filters).</summary>
    public async Task<(IReadOnlyList<string> Markets, IReadOnlyList<string> Makers, IReadOnlyList<string> Groups, int? FirstMonth, int? LastMonth)> DimensionsAsync(CancellationToken ct = default)
    {
        var q = db.Set<ShipmentMonthly>().AsNoTracking();
        var markets = await q.Select(x => x.Market).Distinct().OrderBy(x => x).ToListAsync(ct);
        var makers = await q.Select(x => x.Maker).Distinct().OrderBy(x => x).ToListAsync(ct);
        var groups = await q.Select(x => x.ProductGroup).Distinct().OrderBy(x => x).ToListAsync(ct);
        var first = await q.MinAsync(x => (int?)x.Month, ct);
        var last = await q.MaxAsync(x => (int?)x.Month, ct);
        return (markets, makers, groups, first, last);
    }

    /// <summary>
    /// Reported figures that the dashboard sets next to the recorded ones (exports, parts, targets, corridor volumes and
    /// capacities): the organisation's reviewed facts, and the reference rows no reviewed fact states (decision 030).
    /// </summary>
    public async Task<IReadOnlyList<ReportedView>> ReportedAsync(CancellationToken ct = default)
    {
        string[] metrics = ["export_target", "vehicle_exports", "parts_exports_to_ru", "parts_exports_to_ru_growth", "vehicle_exports_to_ru", "export_target_to_ru", "cargo_volume", "capacity", "vehicle_imports_from_ir", "agreement_quantity", "mou_value"];
        return (await Intelligence.ReportedFigureBoard.ListAsync(db, metrics, ct)).OrderBy(f => f.Metric).ThenBy(f => f.From).ToList();
    }

    private static double? Ratio(long now, long? before) => before is { } b && b != 0 ? ((double)now / b) - 1.0 : null;

    private static int? Percentile(IReadOnlyList<LeadTimeBucket> buckets, long total, double p)
    {
        if (total == 0)
        {
            return null;
        }

        var rank = (long)Math.Ceiling(p * total);
        long acc = 0;
        foreach (var b in buckets)
        {
            acc += b.Lines;
            if (acc >= rank)
            {
                return b.LeadDays;
            }
        }

        return buckets[^1].LeadDays;
    }

    private string Where(AnalyticsFilter f, out List<object> args, string alias = "", bool kinds = true)
    {
        var list = new List<object> { Organisation, f.FromMonth, f.UntilMonth };
        args = list;
        var sb = new StringBuilder($"WHERE {alias}organisation_id = @a0 AND {alias}month >= @a1 AND {alias}month < @a2");
        void Add(string column, object? value)
        {
            if (value is not null)
            {
                sb.Append($" AND {alias}{column} = @a{list.Count}");
                list.Add(value);
            }
        }

        Add("market", f.Market);
        Add("maker", f.Maker);
        Add("product_group", f.ProductGroup);
        if (kinds)
        {
            Add("item_kind", f.Kind?.ToString());
        }

        return sb.ToString();
    }

    private async Task<List<T>> ReadAsync<T>(string sql, List<object> args, Func<DbDataReader, T> map, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var guidMapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(ShipmentMonthly))!.FindProperty(nameof(ShipmentMonthly.OrganisationId))!.GetRelationalTypeMapping();
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] is Guid g)
                {
                    command.Parameters.Add(guidMapping.CreateParameter(command, $"@a{i}", g, nullable: false));
                }
                else
                {
                    var p = command.CreateParameter();
                    p.ParameterName = $"@a{i}";
                    p.Value = args[i];
                    command.Parameters.Add(p);
                }
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}

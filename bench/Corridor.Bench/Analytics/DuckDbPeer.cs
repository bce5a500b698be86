using System.Diagnostics;
using Corridor.Analytics;
using Corridor.Cli;
using Corridor.Storage;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Bench.Analytics;

/// <summary>
/// The same-run peer: the dashboard's aggregations computed by DuckDB straight from the raw shipment lines, exported
/// to a Parquet file (no rollups: DuckDB scans the lines column-wise every time).
/// </summary>
public static class DuckDbPeer
{
    public static async Task ExportAsync(string database, string file)
    {
        await using var services = CliServices.Create(database);
        await using var scope = await services.ScopeAsync("DEMO", CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var clock = Stopwatch.StartNew();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var create = duck.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE lines (line_no BIGINT, ship_month INTEGER, market VARCHAR, maker VARCHAR, item_kind VARCHAR, item_code VARCHAR,
                  product_group VARCHAR, units INTEGER, weight_kg BIGINT, currency VARCHAR, value_minor BIGINT, value_usd_cents BIGINT,
                  route_id INTEGER, lead_days INTEGER, on_time BOOLEAN)
                """;
            create.ExecuteNonQuery();
        }

        long n = 0;
        using (var appender = duck.CreateAppender("lines"))
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT line_no, ship_month, market, maker, item_kind, item_code, product_group, units, weight_kg, currency, value_minor, value_usd_cents, route_id, lead_days, on_time FROM shipment_lines ORDER BY line_no";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                appender.CreateRow()
                    .AppendValue(reader.GetInt64(0)).AppendValue(reader.GetInt32(1)).AppendValue(reader.GetString(2)).AppendValue(reader.GetString(3))
                    .AppendValue(reader.GetString(4)).AppendValue(reader.GetString(5)).AppendValue(reader.GetString(6)).AppendValue(reader.GetInt32(7))
                    .AppendValue(reader.GetInt64(8)).AppendValue(reader.GetString(9)).AppendValue(reader.GetInt64(10)).AppendValue(reader.GetInt64(11))
                    .AppendValue(reader.GetInt32(12)).AppendValue(reader.GetInt32(13)).AppendValue(reader.GetBoolean(14)).EndRow();
                n++;
            }
        }

        using (var copy = duck.CreateCommand())
        {
            copy.CommandText = $"COPY lines TO '{file.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT PARQUET)";
            copy.ExecuteNonQuery();
        }

        Console.WriteLine($"parquet: {n:N0} lines written to {file} in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public static void Run(string file, int repeats)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var view = duck.CreateCommand())
        {
            view.CommandText = $"CREATE VIEW shipment_lines AS SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";
            view.ExecuteNonQuery();
        }

        var q = AnalyticsService.PeriodSql(Granularity.Quarter, "ship_month");
        var queries = new (string Name, string Sql)[]
        {
            ("exports by month", "SELECT ship_month, COUNT(*), SUM(units), SUM(weight_kg), SUM(value_usd_cents) FROM shipment_lines GROUP BY 1 ORDER BY 1"),
            ("exports by quarter x market", $"SELECT {q} p, market, COUNT(*), SUM(units), SUM(weight_kg), SUM(value_usd_cents) FROM shipment_lines GROUP BY 1, 2 ORDER BY 1, 2"),
            ("exports by year x maker x item", "SELECT ship_month / 100 p, maker, item_kind, item_code, COUNT(*), SUM(units), SUM(weight_kg), SUM(value_usd_cents) FROM shipment_lines GROUP BY ALL ORDER BY ALL"),
            ("exports by year x product group", "SELECT ship_month / 100 p, product_group, COUNT(*), SUM(units), SUM(weight_kg), SUM(value_usd_cents) FROM shipment_lines GROUP BY ALL ORDER BY ALL"),
            ("exports by year x currency", "SELECT ship_month / 100 p, currency, COUNT(*), SUM(units), SUM(weight_kg), SUM(value_minor) FROM shipment_lines GROUP BY ALL ORDER BY ALL"),
            ("growth by quarter", $"SELECT {q} p, SUM(units), SUM(value_usd_cents) FROM shipment_lines GROUP BY 1 ORDER BY 1"),
            ("target attainment", "SELECT ship_month, SUM(units) FROM shipment_lines WHERE maker = 'IKCO' AND item_kind = 'Model' GROUP BY 1 ORDER BY 1"),
            ("utilisation by route x quarter", $"SELECT route_id, {q} p, SUM(CASE WHEN item_kind = 'Model' THEN units ELSE 0 END), SUM(weight_kg) FROM shipment_lines GROUP BY 1, 2 ORDER BY 1, 2"),
            ("lead times", "SELECT lead_days, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM shipment_lines GROUP BY 1 ORDER BY 1"),
            ("RU 2023 by month x item", "SELECT ship_month, item_kind, item_code, COUNT(*), SUM(units), SUM(value_usd_cents) FROM shipment_lines WHERE market = 'RU' AND ship_month >= 202301 AND ship_month < 202401 GROUP BY ALL ORDER BY ALL"),
            ("RU 2023 lead times", "SELECT lead_days, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM shipment_lines WHERE market = 'RU' AND ship_month >= 202301 AND ship_month < 202401 GROUP BY 1 ORDER BY 1"),
            ("drill-down 200 lines RU 2023", "SELECT * FROM shipment_lines WHERE market = 'RU' AND ship_month >= 202301 AND ship_month < 202401 ORDER BY ship_month, line_no LIMIT 200"),
        };
        Console.WriteLine($"DuckDB {duck.ServerVersion} over {file}");
        Console.WriteLine($"{"query",-34} {"rows",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var worst = 0.0;
        foreach (var (name, text) in queries)
        {
            // DuckDB's "/" divides as floating point; the period keys need integer division ("//").
            var sql = text.Replace(" / ", " // ", StringComparison.Ordinal);
            var rows = Execute(duck, sql);
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var sw = Stopwatch.StartNew();
                Execute(duck, sql);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
            worst = Math.Max(worst, p95);
            Console.WriteLine($"{name,-34} {rows,6} {times[times.Count / 2],8:0.0} {p95,8:0.0} {times[^1],8:0.0}");
        }

        Console.WriteLine($"worst p95: {worst:0.0} ms");
    }

    private static int Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            n++;
        }

        return n;
    }
}

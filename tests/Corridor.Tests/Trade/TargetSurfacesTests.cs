using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Trade;

/// <summary>
/// One target, one figure (issue 18, decision 040): RU-VALUE-2026 (the $300M MoU as a value target on Russia) after
/// orders are placed shows the same achievement on Trade → Targets, the programme dashboard, the MoU's agreement page,
/// <c>/api/trade/targets</c> and <c>/api/analytics/targets</c>. The expected figure is computed here from the orders
/// inserted and the rows of order-history.csv and exchange-rates.csv, not from the service.
/// </summary>
public abstract class TargetSurfacesTests<TFactory>(SeededApp<TFactory> app)
    where TFactory : CorridorAppFactory, new()
{
    private static readonly DateOnly From = new(2022, 11, 28);
    private static readonly DateOnly Until = new(2027, 11, 28);

    private CorridorAppFactory Factory => app.Factory;

    [Fact]
    public async Task RuValueTarget_AfterOrders_ShowsOneFigureOnEveryPageAndApi()
    {
        Assert.False(Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        var rubDay = new DateOnly(2024, 3, 10);
        const decimal rubPrice = 1_234_567.89m;
        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var buyer = await db.Set<TradePartner>().Where(p => p.Code == "RU-AUTO-IMPORT").Select(p => p.CounterpartyId).SingleAsync();
            var at = DateTimeOffset.UtcNow;
            TradeOrder Order(string number, string market, DateOnly day, Currency currency, string item, int quantity, decimal price, int steps)
            {
                var o = new TradeOrder(number, null, buyer, null, "IKCO-TEHRAN", "RU-MOSCOW", CountryCode.Parse(market), day, day.AddDays(60), Incoterm.CPT, currency, "test", at);
                Assert.True(o.AddLine(OrderItemKind.Model, item, quantity, price, "test", at).Succeeded);
                if (steps >= 1)
                {
                    Assert.True(o.Promise("test", at).Succeeded);
                    Assert.True(o.Confirm(0, "test", at).Succeeded);
                }

                if (steps >= 2)
                {
                    Assert.True(o.Dispatch("test", at).Succeeded);
                }

                if (steps >= 3)
                {
                    Assert.True(o.Deliver("test", at).Succeeded);
                }

                return o;
            }

            db.AddRange(
                Order("T-RU-CONFIRMED", "RU", new DateOnly(2025, 6, 2), Currency.USD, "TARA", 50, 15_500m, 1),
                Order("T-RU-TRANSIT", "RU", new DateOnly(2025, 9, 15), Currency.USD, "RUNNA", 20, 13_250m, 2),
                Order("T-RU-DELIVERED", "RU", new DateOnly(2023, 12, 1), Currency.USD, "TARA", 7, 14_900m, 3),
                Order("T-RU-RUB", "RU", rubDay, Currency.Parse("RUB"), "TARA", 3, rubPrice, 1),
                Order("T-RU-DRAFT", "RU", new DateOnly(2025, 6, 2), Currency.USD, "TARA", 999, 15_000m, 0),
                Order("T-RU-BEFORE", "RU", new DateOnly(2022, 11, 27), Currency.USD, "TARA", 998, 15_000m, 1),
                Order("T-BY-CONFIRMED", "BY", new DateOnly(2025, 6, 2), Currency.USD, "TARA", 997, 15_000m, 1));
            await db.SaveChangesAsync();
        });

        // Counted: the confirmed, in-transit and delivered orders to Russia in [From, Until), and the recorded history.
        var usdOrders = (50 * 15_500m) + (20 * 13_250m) + (7 * 14_900m);
        var rubOrder = decimal.Round(3 * rubPrice / UsdRubOn(rubDay), 2, MidpointRounding.AwayFromZero);
        var expected = usdOrders + rubOrder + RecordedRussianUsd();
        Assert.True(expected > usdOrders + rubOrder, "the history adds something");
        var shown = expected.ToString("#,##0", CultureInfo.InvariantCulture);

        var client = await Factory.SignedInClientAsync("A", Role.Admin);

        var tradeApi = JsonDocument.Parse(await client.GetStringAsync("/api/trade/targets")).RootElement
            .EnumerateArray().Single(t => t.GetProperty("code").GetString() == "RU-VALUE-2026");
        Assert.Equal(expected, tradeApi.GetProperty("achieved").GetDecimal());

        var analyticsApi = JsonDocument.Parse(await client.GetStringAsync($"/api/analytics/targets?from={From:yyyy-MM-dd}&until={Until:yyyy-MM-dd}")).RootElement
            .GetProperty("trade").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "RU-VALUE-2026");
        Assert.Equal(expected, analyticsApi.GetProperty("achieved").GetDecimal());
        Assert.Equal(tradeApi.GetProperty("projected").GetDecimal(), analyticsApi.GetProperty("projected").GetDecimal());

        Assert.Contains($">{shown} USD (", Row(await client.GetStringAsync("/trade/targets"), "targets"), StringComparison.Ordinal);
        Assert.Contains($">{shown}<", Row(await client.GetStringAsync("/analytics?from=2022-11&to=2027-10"), "table-targets"), StringComparison.Ordinal);
        Assert.Contains($">{shown} USD (", Row(await client.GetStringAsync("/trade/agreements/MOU-RU-2022"), "agreement-targets"), StringComparison.Ordinal);
    }

    /// <summary>The table row of RU-VALUE-2026 in the table with id <paramref name="table"/>.</summary>
    private static string Row(string html, string table)
    {
        var start = html.IndexOf($"id=\"{table}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {table}");
        var body = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var row = Regex.Matches(body, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).SingleOrDefault(r => r.Contains(">RU-VALUE-2026<", StringComparison.Ordinal));
        Assert.True(row is not null, $"no RU-VALUE-2026 row in {table}");
        return row!.Replace("\u00a0", " ", StringComparison.Ordinal);
    }

    /// <summary>USD value of order-history.csv's lines to Russia ordered in the target's period (all are in USD).</summary>
    private static decimal RecordedRussianUsd()
    {
        var rows = Csv(Path.Combine(Fixtures.ReferenceData, "order-history.csv"));
        var sum = 0m;
        foreach (var r in rows.Where(r => r["market"] == "RU"))
        {
            var day = DateOnly.ParseExact(r["order_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day >= From && day < Until)
            {
                Assert.Equal("USD", r["currency"]);
                sum += int.Parse(r["quantity"], CultureInfo.InvariantCulture) * decimal.Parse(r["unit_price"], CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    /// <summary>Roubles per dollar on a day: the latest USD/RUB row of exchange-rates.csv on or before it.</summary>
    private static decimal UsdRubOn(DateOnly day) => Csv(Path.Combine(Fixtures.ReferenceData, "exchange-rates.csv"))
        .Where(r => r["base"] == "USD" && r["quote"] == "RUB")
        .Select(r => (Day: DateOnly.ParseExact(r["day"], "yyyy-MM-dd", CultureInfo.InvariantCulture), Rate: decimal.Parse(r["rate"], CultureInfo.InvariantCulture)))
        .Where(r => r.Day <= day).MaxBy(r => r.Day).Rate;

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).Select(Fields).ToList();
        return lines.Skip(1).Select(f => lines[0].Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();

        static List<string> Fields(string line)
        {
            var fields = new List<string>();
            var current = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') { quoted = !quoted; }
                else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
                else { current.Append(c); }
            }

            fields.Add(current.ToString());
            return fields;
        }
    }
}

public sealed class SqliteTargetSurfacesTests(SeededApp<CorridorAppFactory> app)
    : TargetSurfacesTests<CorridorAppFactory>(app), IClassFixture<SeededApp<CorridorAppFactory>>;

public sealed class PostgresTargetSurfacesTests(SeededApp<PostgresAppFactory> app)
    : TargetSurfacesTests<PostgresAppFactory>(app), IClassFixture<SeededApp<PostgresAppFactory>>;

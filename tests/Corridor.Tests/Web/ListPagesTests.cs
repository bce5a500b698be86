using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Corridor.Compliance;
using Corridor.Logistics;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Trade;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// Paging, sorting, filtering and CSV of every long list (issue 18, decision 040) through the pages as a signed-in
/// admin: the row counts are taken from the database here; each list is sorted on a numeric or date column (which sorts
/// the same on SQLite and PostgreSQL) both ways and checked in order on the page and in its CSV; the CSV has every
/// matching row with the table's headers; a filter keeps only matching rows; a list longer than a page pages on.
/// </summary>
public abstract class ListPagesTests<TFactory>(SeededApp<TFactory> app)
    where TFactory : CorridorAppFactory, new()
{
    private const string FormulaName = "=HYPERLINK(\"http://example.test\")";

    private CorridorAppFactory Factory => app.Factory;

    [Fact]
    public async Task EveryLongList_PagesSortsFiltersAndExportsEveryMatchingRow()
    {
        Assert.False(Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        var client = await Factory.SignedInClientAsync("A", Role.Admin); // before counting: signing in writes to the audit log
        var counts = new Dictionary<string, int>();
        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            if (!await db.Counterparties.AnyAsync(c => c.Name == FormulaName))
            {
                db.Add(new Counterparty(FormulaName, [], ListEntryType.Organisation, null, null, [], DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
            }

            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            counts["departures"] = (await db.Set<Departure>().AsNoTracking().Select(d => d.DepartsAt).ToListAsync()).Count(d => d > now);
            counts["orders"] = await db.Set<TradeOrder>().CountAsync();
            counts["counterparties"] = await db.Counterparties.CountAsync();
            counts["figures"] = await db.ReportedFigures.CountAsync();
            counts["audit"] = await db.AuditLog.CountAsync(a => a.OrganisationId == Factory.OrganisationA);
        });
        Assert.True(counts["departures"] > 100 && counts["figures"] > 100, "two lists longer than a page: " + string.Join(", ", counts));
        Assert.All(counts, c => Assert.True(c.Value > 0, c.Key));

        await CheckAsync(client, "/logistics/departures", "departures", counts["departures"], "capacity", 6);
        await CheckAsync(client, "/trade/orders", "orders", counts["orders"], "requested", 4);
        await CheckAsync(client, "/compliance/counterparties", "counterparties", counts["counterparties"], "version", 4);
        await CheckAsync(client, "/intelligence/figures", "figures", counts["figures"], "value", 2);
        await CheckAsync(client, "/account/audit", "audit", counts["audit"], "when", 0);

        // Filters keep only matching rows, on the page and in the CSV, and the pager counts them.
        var search = await PageAsync(client, "/compliance/counterparties?q=hyperlink");
        Assert.Equal([FormulaName], Cells(search, "counterparties", 0));
        var csv = Csv(await client.GetStringAsync("/compliance/counterparties?q=hyperlink&handler=Csv"));
        Assert.Equal(2, csv.Count);
        Assert.Equal("'" + FormulaName, csv[1][0]); // the spreadsheet writer keeps a formula as text

        var port = Cells(await PageAsync(client, "/logistics/departures"), "departures", 1)[0];
        var fromPort = await PageAsync(client, $"/logistics/departures?from={port}&sort=free&dir=desc");
        Assert.All(Cells(fromPort, "departures", 1), c => Assert.Equal(port, c));
        Assert.Equal(Cells(fromPort, "departures", 8).Select(Number).OrderDescending(), Cells(fromPort, "departures", 8).Select(Number));

        var added = await PageAsync(client, "/account/audit?action=added");
        Assert.All(Cells(added, "audit", 4), c => Assert.Equal("added", c));
        Assert.Contains("Rows 1–", Pager(added), StringComparison.Ordinal);
    }

    /// <summary>One list: counts, both sort directions on a numeric/date column, the next page, and the CSV.</summary>
    private static async Task CheckAsync(HttpClient client, string url, string table, int total, string sort, int column)
    {
        var first = await PageAsync(client, url);
        Assert.Equal(Math.Min(100, total), Rows(first, table).Count);
        Assert.Contains($"of {total}", Pager(first), StringComparison.Ordinal);

        foreach (var descending in new[] { false, true })
        {
            var sorted = await PageAsync(client, $"{url}?sort={sort}" + (descending ? "&dir=desc" : ""));
            var keys = Cells(sorted, table, column).Select(Number).ToList();
            Assert.Equal(descending ? keys.OrderDescending() : keys.Order(), keys);
            Assert.Equal(descending ? "descending" : "ascending", sorted.QuerySelector($"#{table} th[data-sort='{sort}']")!.GetAttribute("aria-sort"));

            if (total > 100)
            {
                var next = await PageAsync(client, $"{url}?sort={sort}&page=2" + (descending ? "&dir=desc" : ""));
                var nextKeys = Cells(next, table, column).Select(Number).ToList();
                Assert.Equal(Math.Min(100, total - 100), nextKeys.Count);
                Assert.True(descending ? nextKeys[0] <= keys[^1] : nextKeys[0] >= keys[^1], $"{table}: page 2 continues page 1");
                Assert.Contains("Rows 101–", Pager(next), StringComparison.Ordinal);
            }

            // The CSV: every matching row, in the same order, under the table's headers.
            var csv = Csv(await client.GetStringAsync($"{url}?sort={sort}&handler=Csv" + (descending ? "&dir=desc" : "")));
            var headers = sorted.QuerySelectorAll($"#{table} thead th").Select(th => th.TextContent.Replace("▲", "", StringComparison.Ordinal).Replace("▼", "", StringComparison.Ordinal).Trim())
                .Where(h => h.Length > 0).ToList();
            Assert.Equal(headers, csv[0]);
            Assert.Equal(total, csv.Count - 1);
            var csvKeys = csv.Skip(1).Select(r => CsvNumber(r[headers.IndexOf(csv[0][column])])).ToList();
            Assert.Equal(descending ? csvKeys.OrderDescending() : csvKeys.Order(), csvKeys);
        }
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<IElement> Rows(IDocument page, string table) => page.QuerySelectorAll($"#{table} tbody tr").ToList();

    private static List<string> Cells(IDocument page, string table, int column) =>
        Rows(page, table).Select(r => r.QuerySelectorAll("td")[column].TextContent.Trim()).ToList();

    private static string Pager(IDocument page) => page.QuerySelector("nav.pager")!.TextContent;

    /// <summary>A number, or an ISO date or time as its ticks (both sort as the list sorts them).</summary>
    private static decimal Number(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.Ticks
        : decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static decimal CsvNumber(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) && text.Contains('-', StringComparison.Ordinal) ? t.UtcDateTime.Ticks
        : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static List<string[]> Csv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }
}

public sealed class SqliteListPagesTests(SeededApp<CorridorAppFactory> app)
    : ListPagesTests<CorridorAppFactory>(app), IClassFixture<SeededApp<CorridorAppFactory>>;

public sealed class PostgresListPagesTests(SeededApp<PostgresAppFactory> app)
    : ListPagesTests<PostgresAppFactory>(app), IClassFixture<SeededApp<PostgresAppFactory>>;

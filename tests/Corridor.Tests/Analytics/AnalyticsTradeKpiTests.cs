using Corridor.Analytics;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Trade;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>
/// A Trade database (reference data in organisations A and B) with random agreements and orders in every state, in
/// three currencies and at prices with four decimals, made through the orders' own verbs. Organisation B has orders
/// under agreements of the same codes that must never count for A.
/// </summary>
public abstract class TradeKpiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public TradeDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TradeDatabase.CreateAsync(provider);
        await using (var b = Db.Scope(Db.OrganisationB))
        {
            var imported = await b.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        }

        await SeedAsync(Db.OrganisationA, 101, 120);
        await SeedAsync(Db.OrganisationB, 202, 25);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>Every agreement and order of an organisation with its lines, read back as stored.</summary>
    public async Task<(List<Agreement> Agreements, List<TradeOrder> Orders)> RawAsync(Guid organisation)
    {
        await using var scope = Db.Scope(organisation);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        return (await db.Set<Agreement>().AsNoTracking().ToListAsync(), await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).ToListAsync());
    }

    private async Task SeedAsync(Guid organisation, int seed, int count)
    {
        await using var scope = Db.Scope(organisation);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var partners = await db.Set<TradePartner>().ToDictionaryAsync(p => p.Code, p => p.CounterpartyId);
        var ru = new Agreement("TK-RU", AgreementKind.SupplyContract, "test RU", "IKCO", new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2027, 1, 1)),
            Money.Of(2_500_000m, "USD"), Incoterm.CPT, Currency.USD, "test", AgreementStatus.Active, "test", null);
        ru.AddParty(partners["RU-AUTO-IMPORT"], PartyRole.Buyer);
        var by = new Agreement("TK-BY", AgreementKind.SupplyContract, "test BY", "SAIPA", new DateRange(new DateOnly(2024, 6, 1), null),
            Money.Of(900_000m, "EUR"), Incoterm.CPT, Currency.EUR, "test", AgreementStatus.Active, "test", null);
        by.AddParty(partners["SAIPA-BY-PARTNER"], PartyRole.Buyer);
        db.AddRange(ru, by);
        var random = new Random(seed);
        string[] currencies = ["USD", "RUB", "BYN"];
        var at = TradeDatabase.Now;
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(4);
            var agreement = pick switch { 0 => ru, 1 => by, _ => null };
            var market = agreement == by ? "BY" : agreement == ru ? "RU" : random.Next(2) == 0 ? "VE" : "BY";
            var day = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1400));
            var order = new TradeOrder($"TK-{seed}-{i:000}", agreement?.Id, partners[market == "RU" ? "RU-AUTO-IMPORT" : "SAIPA-BY-PARTNER"], null, "SAIPA-TEHRAN", "BY-MINSK",
                CountryCode.Parse(market), day, day.AddDays(60), Incoterm.CPT, Currency.Parse(currencies[random.Next(3)]), "test", at);
            for (var l = random.Next(1, 4); l > 0; l--)
            {
                Assert.True(order.AddLine(random.Next(2) == 0 ? OrderItemKind.Model : OrderItemKind.Part, random.Next(2) == 0 ? "SHAHIN" : "SAIPA-RAD-001",
                    random.Next(1, 60), random.Next(100, 2_000_000) / 10_000m * 100m + (random.Next(0, 10_000) / 10_000m), "test", at).Succeeded);
            }

            var state = random.Next(6);
            if (state >= 1) { Assert.True(order.Promise("test", at).Succeeded); }
            if (state >= 2) { Assert.True(order.Confirm(random.Next(1, 40_000_000), "test", at).Succeeded); }
            if (state is 3 or 4) { Assert.True(order.Dispatch("test", at).Succeeded); }
            if (state == 4) { Assert.True(order.Deliver("test", at).Succeeded); }
            if (state == 5) { Assert.True(order.Cancel("test", "test", at).Succeeded); }
            db.Add(order);
        }

        await db.SaveChangesAsync();
    }
}

public sealed class SqliteTradeKpiFixture() : TradeKpiFixture(DatabaseProvider.Sqlite);

public sealed class PostgresTradeKpiFixture() : TradeKpiFixture(DatabaseProvider.Postgres);

/// <summary>Agreement burn-down, receivables and their drill-down recomputed with LINQ from the stored orders and lines.</summary>
public abstract class AnalyticsTradeKpiTests(TradeKpiFixture f)
{
    private static readonly OrderStatus[] Committing = [OrderStatus.Confirmed, OrderStatus.InTransit, OrderStatus.Delivered];

    public static TheoryData<string, string, string?, string?> Filters => new()
    {
        { "2023-01-01", "2027-01-01", null, null },
        { "2024-01-01", "2025-07-01", null, null },
        { "2024-07-01", "2026-07-01", "RU", "IKCO" },
        { "2023-01-01", "2027-01-01", "BY", "SAIPA" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task BurnDown_PerAgreement_EqualsCommittingOrdersBeforeTheRangeEnd(string from, string until, string? market, string? maker)
    {
        var filter = new AnalyticsFilter(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), market, maker);
        var (agreements, orders) = await f.RawAsync(f.Db.OrganisationA);
        var rows = await WithKpis(k => k.BurnDownAsync(filter));

        var expected = agreements.Where(a => a.From < filter.Until && (a.Until is null || a.Until > filter.From) && (maker is null || a.SellerMakerCode == maker))
            .OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(a => a.Code), rows.Select(r => r.Code));
        Assert.Contains(rows, r => r.Code == "TK-RU" || r.Code == "TK-BY");
        foreach (var r in rows)
        {
            var a = expected.Single(x => x.Code == r.Code);
            var scale = a.CeilingCurrency == "IRR" ? 1m : 100m;
            var mine = orders.Where(o => o.AgreementId == a.Id && Committing.Contains(o.Status) && o.OrderDate < filter.Until).ToList();
            Assert.Equal(mine.Count, r.Orders);
            Assert.Equal(mine.Sum(o => o.CommittedMinor) / scale, r.Committed);
            Assert.Equal(mine.Where(o => o.Status == OrderStatus.Delivered).Sum(o => o.CommittedMinor) / scale, r.Delivered);
            Assert.Equal(a.CeilingMinor is { } c ? c / scale : null, r.Ceiling);
            var days = mine.Select(o => o.OrderDate).Distinct().Order().ToList();
            Assert.Equal(days, r.Points.Select(p => p.Day));
            Assert.All(r.Points, p => Assert.Equal(mine.Where(o => o.OrderDate <= p.Day).Sum(o => o.CommittedMinor) / scale, p.Committed));
        }

        Assert.Contains(rows, r => r.Orders > 0);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Receivables_ByCurrencyAndState_EqualBilledOrderLines(string from, string until, string? market, string? maker)
    {
        var filter = new AnalyticsFilter(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), market, maker);
        var (agreements, orders) = await f.RawAsync(f.Db.OrganisationA);
        var sold = agreements.Where(a => maker is null || a.SellerMakerCode == maker).Select(a => (Guid?)a.Id).ToHashSet();
        var billed = orders.Where(o => o.Status is OrderStatus.InTransit or OrderStatus.Delivered && o.OrderDate >= filter.From && o.OrderDate < filter.Until
            && (market is null || o.Market == market) && (maker is null || sold.Contains(o.AgreementId))).ToList();
        var expected = billed.GroupBy(o => (o.Currency, Status: TradeOrder.Describe(o.Status)))
            .Select(g => (g.Key.Currency, g.Key.Status, Orders: (long)g.Count(), Amount: g.SelectMany(o => o.Lines).Sum(l => l.Quantity * l.UnitPrice), First: g.Min(o => o.OrderDate), Last: g.Max(o => o.OrderDate)))
            .OrderBy(x => x.Currency, StringComparer.Ordinal).ThenBy(x => x.Status, StringComparer.Ordinal).ToList();

        var rows = await WithKpis(k => k.ReceivablesAsync(filter));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => (r.Currency, r.Status, r.Orders, r.Amount, r.FirstOrderDay, r.LastOrderDay)).ToList());
        Assert.Contains(expected, e => decimal.Round(e.Amount, 2) != e.Amount);
    }

    [Fact]
    public async Task Orders_DrillDownOfABurnDownAndOfAReceivable_AreTheRecordsBehindTheFigure()
    {
        var filter = new AnalyticsFilter(new DateOnly(2023, 1, 1), new DateOnly(2026, 1, 1));
        var (agreements, orders) = await f.RawAsync(f.Db.OrganisationA);
        var ru = agreements.Single(a => a.Code == "TK-RU");

        var behindBurn = await WithKpis(k => k.OrdersAsync(filter, new OrderSelection(Agreement: "tk-ru"), 10_000));
        var expectedBurn = orders.Where(o => o.AgreementId == ru.Id && Committing.Contains(o.Status) && o.OrderDate < filter.Until).ToList();
        Assert.NotEmpty(expectedBurn);
        Assert.Equal(expectedBurn.Select(o => o.Number).Order(StringComparer.Ordinal), behindBurn.Select(o => o.Number).Order(StringComparer.Ordinal));
        Assert.Equal(expectedBurn.Sum(o => o.CommittedMinor) / 100m, behindBurn.Sum(o => o.CommittedCeilingValue));
        Assert.All(behindBurn, o => Assert.Equal(orders.Single(x => x.Number == o.Number).Lines.Sum(l => l.Quantity * l.UnitPrice), o.Amount));

        var receivable = (await WithKpis(k => k.ReceivablesAsync(filter))).First();
        var behindReceivable = await WithKpis(k => k.OrdersAsync(filter, new OrderSelection(Currency: receivable.Currency, Status: receivable.Status), 10_000));
        Assert.Equal(receivable.Orders, behindReceivable.Count);
        Assert.Equal(receivable.Amount, behindReceivable.Sum(o => o.Amount));
        Assert.All(behindReceivable, o => Assert.Equal((receivable.Currency, receivable.Status), (o.Currency, o.Status)));
    }

    [Fact]
    public async Task TradeKpis_OtherOrganisationsOrders_AreNeverCounted()
    {
        var filter = new AnalyticsFilter(new DateOnly(2023, 1, 1), new DateOnly(2027, 1, 1));
        var (_, ordersB) = await f.RawAsync(f.Db.OrganisationB);
        Assert.Contains(ordersB, o => Committing.Contains(o.Status));
        await using var scope = f.Db.Scope(f.Db.OrganisationA);
        var kpis = scope.ServiceProvider.GetRequiredService<TradeKpis>();
        var numbersB = ordersB.Select(o => o.Number).ToHashSet();
        Assert.DoesNotContain(await kpis.OrdersAsync(filter, new OrderSelection(Agreement: "TK-BY"), 10_000), o => numbersB.Contains(o.Number));
        Assert.DoesNotContain(await kpis.OrdersAsync(filter, new OrderSelection(ReceivablesOnly: true), 10_000), o => numbersB.Contains(o.Number));
        var (_, ordersA) = await f.RawAsync(f.Db.OrganisationA);
        var burn = await kpis.BurnDownAsync(filter);
        Assert.Equal(ordersA.Where(o => Committing.Contains(o.Status) && o.AgreementId != null).Sum(o => o.CommittedMinor) / 100m, burn.Sum(b => b.Committed));
    }

    private async Task<T> WithKpis<T>(Func<TradeKpis, Task<T>> run)
    {
        await using var scope = f.Db.Scope(f.Db.OrganisationA);
        return await run(scope.ServiceProvider.GetRequiredService<TradeKpis>());
    }
}

public sealed class SqliteAnalyticsTradeKpiTests(SqliteTradeKpiFixture f) : AnalyticsTradeKpiTests(f), IClassFixture<SqliteTradeKpiFixture>;

public sealed class PostgresAnalyticsTradeKpiTests(PostgresTradeKpiFixture f) : AnalyticsTradeKpiTests(f), IClassFixture<PostgresTradeKpiFixture>;

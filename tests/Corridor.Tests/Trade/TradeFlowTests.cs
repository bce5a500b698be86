using System.Globalization;
using Corridor.Common;
using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Trade;

/// <summary>One database per provider with the reference data imported once; created on first use so that skipped tests cost nothing.</summary>
public abstract class TradeDatabaseFixture(DatabaseProvider provider) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TradeDatabase? _db;

    public async Task<TradeDatabase> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _db ??= await TradeDatabase.CreateAsync(provider);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTradeFixture() : TradeDatabaseFixture(DatabaseProvider.Sqlite);

public sealed class PostgresTradeFixture() : TradeDatabaseFixture(DatabaseProvider.Postgres);

/// <summary>Promise, confirm, ceilings, bookings and targets on the reference data, against each provider.</summary>
public abstract class TradeFlowTests(TradeDatabaseFixture fixture)
{
    private static int _sequence;

    private static string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid().ToString("N")[..6]}".ToUpperInvariant();

    protected async Task<TradeDatabase> DbAsync() => await fixture.GetAsync();

    /// <summary>A new active agreement of Saipa with its Belarusian partner, with the given ceilings.</summary>
    private static async Task<string> AgreementAsync(TradeDatabase db, Money? valueCeiling, int? shahinCeiling)
    {
        await using var scope = db.Scope(db.OrganisationA);
        var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var buyer = await ctx.Set<TradePartner>().SingleAsync(p => p.Code == "SAIPA-BY-PARTNER");
        var a = new Agreement(Unique("T-AGR"), AgreementKind.SupplyContract, "test", "SAIPA", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2028, 1, 1)),
            valueCeiling, Incoterm.CPT, Currency.USD, "test terms", AgreementStatus.Active, "assumption", "test");
        a.AddParty(buyer.CounterpartyId, PartyRole.Buyer);
        if (shahinCeiling is { } max)
        {
            a.AddQuantityCeiling("Shahin", ["SHAHIN"], null, max);
        }

        ctx.Add(a);
        await ctx.SaveChangesAsync();
        return a.Code;
    }

    /// <summary>A new draft order Saipa → Minsk on the given lines.</summary>
    private static async Task<string> OrderAsync(TradeDatabase db, string? agreementCode, params (OrderItemKind Kind, string Item, int Quantity, decimal Price)[] lines)
    {
        await using var scope = db.Scope(db.OrganisationA);
        var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var buyer = await ctx.Set<TradePartner>().SingleAsync(p => p.Code == "SAIPA-BY-PARTNER");
        Guid? agreementId = agreementCode is null ? null : (await ctx.Set<Agreement>().SingleAsync(a => a.Code == agreementCode)).Id;
        var order = new TradeOrder(Unique("T-ORD"), agreementId, buyer.CounterpartyId, null, "SAIPA-TEHRAN", "BY-MINSK", CountryCode.Parse("BY"),
            new DateOnly(2026, 11, 23), new DateOnly(2027, 3, 15), Incoterm.CPT, Currency.USD, "test", TradeDatabase.Now);
        foreach (var (kind, item, quantity, price) in lines)
        {
            Assert.True(order.AddLine(kind, item, quantity, price, "test", TradeDatabase.Now).Succeeded);
        }

        ctx.Add(order);
        await ctx.SaveChangesAsync();
        return order.Number;
    }

    private static async Task<(int Booked, int Bookings)> CapacityAsync(TradeDatabase db, string orderNumber)
    {
        await using var scope = db.Scope(db.OrganisationA);
        var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        return (await ctx.Set<Departure>().SumAsync(d => d.Booked),
            await ctx.Set<Booking>().CountAsync(b => b.Reference == orderNumber && b.Status == BookingStatus.Confirmed));
    }

    [Fact]
    public async Task Promise_DemoOrders_MeetEveryKindOfBlocker()
    {
        var db = await DbAsync();
        await using var scope = db.Scope(db.OrganisationA);
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        async Task<OrderPromise> P(string n) => (await orders.PromiseAsync(n))!.Value;

        var samand = await P("DEMO-RU-SAMAND");
        Assert.Contains(samand.Blockers, b => b.Kind == BlockerKind.MarketAccess && b.Line == 1 && b.Reason.Contains("expired", StringComparison.Ordinal));
        Assert.Contains(samand.Lines, l => l.Eligible == false);
        Assert.Contains((await P("DEMO-BY-SCREENING")).Blockers, b => b.Kind == BlockerKind.Screening && b.Reason.Contains("not been screened", StringComparison.Ordinal));
        var ceiling = await P("DEMO-BY-CEILING");
        Assert.Contains(ceiling.Blockers, b => b.Kind == BlockerKind.Ceiling && b.Reason.Contains("50000", StringComparison.Ordinal));
        Assert.Contains(ceiling.Ceilings, c => c.State == CeilingState.Exceeded && c.Limit == 50_000m && c.ThisOrder == 63_000m);
        Assert.Contains((await P("DEMO-BY-CAPACITY")).Blockers, b => b.Kind == BlockerKind.Capacity);
        var ok = await P("DEMO-BY-SHAHIN");
        Assert.Empty(ok.Blockers);
        Assert.Contains(ok.Routes, r => r.Chosen && r.HasRoom);
        Assert.Equal("BYN", ok.Currency);
        Assert.All(ok.Lines, l => Assert.Equal("EAEU-IR-FTA", l.LandedCost!.Regime));
        Assert.Equal("promised", ok.Status);
    }

    [Fact]
    public async Task Confirm_WhenTheCeilingFailsAtItsLastStep_LeavesNoBookingBehind()
    {
        var db = await DbAsync();
        var agreement = await AgreementAsync(db, null, shahinCeiling: 50);
        var number = await OrderAsync(db, agreement, (OrderItemKind.Model, "SHAHIN", 60, 12_000m));
        var before = await CapacityAsync(db, number);

        await using (var scope = db.Scope(db.OrganisationA))
        {
            var promise = await scope.ServiceProvider.GetRequiredService<PromiseService>()
                .PromiseAsync((await scope.ServiceProvider.GetRequiredService<OrderService>().FindAsync(number))!);

            // Every other gate passes and the chosen route has a scheduled departure to book: the ceiling is the last step.
            Assert.Equal([BlockerKind.Ceiling], promise.Blockers.Select(b => b.Kind).ToArray());
            Assert.Contains(promise.Routes, r => r.Chosen && r.LeastFreeCapacity is not null);
        }

        await using (var scope = db.Scope(db.OrganisationA))
        {
            var result = await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(number);
            Assert.False(result!.Succeeded);
            Assert.Contains(result.Errors, e => e.Contains("ceiling", StringComparison.Ordinal) && e.Contains("Shahin", StringComparison.Ordinal));
        }

        Assert.Equal(before, await CapacityAsync(db, number));
        Assert.Equal(0, before.Bookings);
        await using var check = db.Scope(db.OrganisationA);
        var ctx = check.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var order = await ctx.Set<TradeOrder>().SingleAsync(o => o.Number == number);
        Assert.Equal(OrderStatus.Draft, order.Status);
        Assert.Equal(0, (await ctx.Set<QuantityCeiling>().SingleAsync(q => q.AgreementId == order.AgreementId)).Committed);
    }

    [Fact]
    public async Task Confirm_TwoConcurrentOrdersAgainstOneCeiling_CannotBothPassIt()
    {
        var db = await DbAsync();

        // Each order alone fits the $50,000 ceiling (700 × $42 = $29,400); together they would not.
        var agreement = await AgreementAsync(db, Money.Of(50_000m, "USD"), null);
        var first = await OrderAsync(db, agreement, (OrderItemKind.Part, "SAIPA-RAD-001", 700, 42m));
        var second = await OrderAsync(db, agreement, (OrderItemKind.Part, "SAIPA-RAD-001", 700, 42m));
        using var start = new ManualResetEventSlim(false);
        var tasks = new[] { first, second }.Select(n => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = db.Scope(db.OrganisationA);
            return (await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(n))!;
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Single(results, r => r.Succeeded);
        Assert.Contains(results.Single(r => !r.Succeeded).Errors, e => e.Contains("ceiling", StringComparison.Ordinal));
        await using var check = db.Scope(db.OrganisationA);
        var ctx = check.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var a = await ctx.Set<Agreement>().SingleAsync(x => x.Code == agreement);
        Assert.Equal(Money.Of(29_400m, "USD"), a.Committed);
        Assert.Equal(1, await ctx.Set<TradeOrder>().CountAsync(o => (o.Number == first || o.Number == second) && o.Status == OrderStatus.Confirmed));
    }

    [Fact]
    public async Task Confirm_WhenEveryGatePasses_BooksCapacityAndTakesTheCeiling_AndCancelGivesThemBack()
    {
        var db = await DbAsync();
        var agreement = await AgreementAsync(db, Money.Of(1_000_000m, "USD"), shahinCeiling: 100);
        var number = await OrderAsync(db, agreement, (OrderItemKind.Model, "SHAHIN", 10, 12_000m));
        var before = await CapacityAsync(db, number);

        await using (var scope = db.Scope(db.OrganisationA, "export-manager"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(number);
            Assert.True(result!.Succeeded, string.Join("; ", result.Errors));
            Assert.Equal("confirmed", result.Value.Status);
        }

        var after = await CapacityAsync(db, number);
        Assert.True(after.Bookings > 0);
        Assert.True(after.Booked > before.Booked);
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
            var a = await ctx.Set<Agreement>().Include(x => x.QuantityCeilings).SingleAsync(x => x.Code == agreement);
            Assert.Equal(Money.Of(120_000m, "USD"), a.Committed);
            Assert.Equal(10, a.QuantityCeilings.Single().Committed);
            var order = await scope.ServiceProvider.GetRequiredService<OrderService>().FindAsync(number);
            Assert.Equal([OrderStatus.Promised, OrderStatus.Confirmed], order!.Transitions.OrderBy(t => t.Id).Select(t => t.To).ToArray());
            Assert.All(order.Transitions, t => Assert.Equal("export-manager", t.By));
        }

        await using (var scope = db.Scope(db.OrganisationA))
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<OrderService>().CancelAsync(number, "buyer withdrew");
            Assert.True(cancelled!.Succeeded, string.Join("; ", cancelled.Errors));
        }

        Assert.Equal((before.Booked, 0), await CapacityAsync(db, number));
        await using var check = db.Scope(db.OrganisationA);
        var c2 = check.ServiceProvider.GetRequiredService<CorridorDbContext>();
        Assert.Equal(0L, (await c2.Set<Agreement>().SingleAsync(x => x.Code == agreement)).CommittedMinor);
    }

    [Fact]
    public async Task Confirm_ManyConcurrentOrdersOnTheLastPlaces_NeverOversellAndLinkTheirBookingsById()
    {
        var db = await DbAsync();
        var agreement = await AgreementAsync(db, Money.Of(100_000_000m, "USD"), null);
        var numbers = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            numbers.Add(await OrderAsync(db, agreement, (OrderItemKind.Model, "SHAHIN", 10, 12_000m)));
        }

        // Leave room for exactly two of the eight orders on every scheduled leg the first order's chosen route books.
        Dictionary<Guid, int> original;
        var squeezed = new Dictionary<Guid, int>();
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
            var promise = await scope.ServiceProvider.GetRequiredService<PromiseService>()
                .PromiseAsync((await scope.ServiceProvider.GetRequiredService<OrderService>().FindAsync(numbers[0]))!);
            Assert.True(promise.CanConfirm, string.Join("; ", promise.Blockers));
            foreach (var leg in promise.ChosenRoute!.Legs.Where(l => l.DepartureId is not null && l.CapacityUnit is not null))
            {
                squeezed[leg.DepartureId!.Value] = promise.Cargo!.Value.UnitsOn(leg.CapacityUnit!.Value);
            }

            Assert.NotEmpty(squeezed);
            original = await ctx.Set<Departure>().ToDictionaryAsync(d => d.Id, d => d.Booked);
            foreach (var (id, units) in squeezed)
            {
                await ctx.Set<Departure>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, d => d.Capacity - 2 * units));
            }
        }

        Dictionary<Guid, int> before;
        await using (var scope = db.Scope(db.OrganisationA))
        {
            before = await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().Set<Departure>().ToDictionaryAsync(d => d.Id, d => d.Booked);
        }

        using var start = new ManualResetEventSlim(false);
        var tasks = numbers.Select(n => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = db.Scope(db.OrganisationA);
            return (Number: n, Result: (await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(n))!);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        await using (var check = db.Scope(db.OrganisationA))
        {
            var ctx = check.ServiceProvider.GetRequiredService<CorridorDbContext>();
            var orders = await ctx.Set<TradeOrder>().Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number);
            var ids = orders.Values.Select(o => o.Id).ToList();
            var bookings = await ctx.Set<Booking>().Where(b => b.OrderId != null && ids.Contains(b.OrderId.Value) && b.Status == BookingStatus.Confirmed).ToListAsync();
            var departures = await ctx.Set<Departure>().ToDictionaryAsync(d => d.Id);
            foreach (var (id, d) in departures)
            {
                Assert.True(d.Booked <= d.Capacity, $"departure {id}: {d.Booked} booked of {d.Capacity}");
                Assert.Equal(before[id] + bookings.Where(b => b.DepartureId == id).Sum(b => b.Quantity), d.Booked);
            }

            foreach (var (id, _) in squeezed)
            {
                Assert.True(bookings.Where(b => b.DepartureId == id).Select(b => b.OrderId).Distinct().Count() <= 2);
            }

            foreach (var (number, result) in results)
            {
                var held = bookings.Where(b => b.OrderId == orders[number].Id).ToList();
                Assert.Equal(result.Succeeded, held.Count > 0);
                Assert.All(held, b => Assert.Equal(number, b.Reference));
                Assert.Equal(result.Succeeded ? OrderStatus.Confirmed : OrderStatus.Draft, orders[number].Status);
            }
        }

        // Give every departure back its state for the other tests of this database.
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
            foreach (var (number, result) in results.Where(r => r.Result.Succeeded))
            {
                Assert.True((await orders.CancelAsync(number, "test done"))!.Succeeded);
            }

            var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
            foreach (var (id, booked) in original)
            {
                await ctx.Set<Departure>().Where(d => d.Id == id && d.Booked != booked).ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, booked));
            }
        }
    }

    [Fact]
    public async Task Deliver_AfterDispatch_CountsTheOrderAsDeliveredAgainstTheCeilings()
    {
        var db = await DbAsync();
        var agreement = await AgreementAsync(db, Money.Of(1_000_000m, "USD"), shahinCeiling: 100);
        var number = await OrderAsync(db, agreement, (OrderItemKind.Model, "SHAHIN", 4, 12_000m));
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
            Assert.True((await orders.ConfirmAsync(number))!.Succeeded);
            Assert.False((await orders.DeliverAsync(number))!.Succeeded);
            Assert.True((await orders.DispatchAsync(number))!.Succeeded);
            Assert.True((await orders.DeliverAsync(number))!.Succeeded);
            Assert.False((await orders.CancelAsync(number, "too late"))!.Succeeded);
        }

        await using var check = db.Scope(db.OrganisationA);
        var a = await check.ServiceProvider.GetRequiredService<CorridorDbContext>().Set<Agreement>().Include(x => x.QuantityCeilings).SingleAsync(x => x.Code == agreement);
        Assert.Equal((Money.Of(48_000m, "USD"), Money.Of(48_000m, "USD")), (a.Committed, a.Delivered));
        Assert.Equal((4, 4), (a.QuantityCeilings.Single().Committed, a.QuantityCeilings.Single().Delivered));
    }

    [Fact]
    public async Task Confirm_PastACeiling_NeedsAnAdministratorAndRecordsTheReason()
    {
        var db = await DbAsync();
        var agreement = await AgreementAsync(db, Money.Of(10_000m, "USD"), null);
        var number = await OrderAsync(db, agreement, (OrderItemKind.Part, "SAIPA-RAD-001", 300, 42m));
        await using (var scope = db.Scope(db.OrganisationA))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(number, "urgent", isAdmin: false);
            Assert.False(refused!.Succeeded);
            Assert.Contains("administrator", refused.Errors[0], StringComparison.Ordinal);
        }

        await using (var scope = db.Scope(db.OrganisationA, "admin"))
        {
            var passed = await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(number, "agreed with the buyer on 2026-11-20", isAdmin: true);
            Assert.True(passed!.Succeeded, string.Join("; ", passed.Errors));
        }

        await using var check = db.Scope(db.OrganisationA);
        var burn = await check.ServiceProvider.GetRequiredService<AgreementService>().BurnDownAsync(agreement);
        var recorded = Assert.Single(burn!.Overrides);
        Assert.Equal(("agreed with the buyer on 2026-11-20", "admin", number), (recorded.Reason, recorded.By, recorded.OrderNumber));
        Assert.Equal(Money.Of(12_600m, "USD"), burn.Agreement.Committed);
        Assert.Single(burn.Orders);
    }

    [Fact]
    public async Task LandedCost_FromTheImportedRuleFile_MatchesTheHandCalculation()
    {
        var db = await DbAsync();
        await using var scope = db.Scope(db.OrganisationA);
        var refs = await scope.ServiceProvider.GetRequiredService<TradeReferenceStore>().LoadAsync();
        var input = new LandedCostInput("RU", "EAEU", "IR", "870323", 1645, Money.Of(16_000m, "USD"), Money.Of(500m, "USD"), Incoterm.CPT, Currency.RUB,
            new DateOnly(2027, 3, 1), new DateOnly(2026, 11, 23));
        var cost = LandedCostCalculator.Compute(input, refs.Rules, refs.Preferences, refs.Rates).Value;

        // The same hand calculation as LandedCostTests: 81 RUB/USD (exchange-rates.csv, 2026-11-01), FTA duty 7.5 %,
        // VAT 22 %, recycling fee 667,400 RUB, insurance 0.3 % (landed-cost-rules.csv).
        Assert.Equal(["RU-DUTY-CAR-FTA", "RU-INSURANCE", "RU-UTIL-2025-1-2L", "RU-VAT-2026"],
            cost.Components.Where(c => c.Rule is not null).Select(c => c.Rule!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(Money.Of(2_426_004.05m, "RUB"), cost.Total);
    }

    [Fact]
    public async Task RuleImpact_OfANewTypeApprovalRule_NamesTheOpenOrdersItStops()
    {
        var db = await DbAsync();
        await using var scope = db.Scope(db.OrganisationA);
        var ctx = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var kind = await ctx.Set<Corridor.MarketAccess.RequirementKind>().SingleAsync(k => k.Code == "TYPE-APPROVAL");
        var rule = new Corridor.MarketAccess.MarketRule("BY-OTTS-2027", CountryCode.Parse("BY"), kind, Corridor.MarketAccess.RuleEffect.Require, null,
            Corridor.MarketAccess.RuleScope.All, new DateOnly(2027, 1, 1), null, "Type approval in Belarus (test)", null, "assumption", "test");
        var report = await scope.ServiceProvider.GetRequiredService<Corridor.MarketAccess.MarketAccessService>().ImpactAsync([rule]);

        // DEMO-BY-SHAHIN (Shahin and Quick to Minsk, 15 Mar 2027) has no Belarusian approval: both lines are named.
        var items = report.Items.Where(i => i.Source == "order" && i.Reference == "DEMO-BY-SHAHIN").ToList();
        Assert.Equal(["QUICK", "SHAHIN"], items.Select(i => i.Model).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(100, items.Sum(i => i.Quantity));
    }

    [Fact]
    public async Task Orders_OfAnotherOrganisation_AreNotVisible()
    {
        var db = await DbAsync();
        await using var scope = db.Scope(db.OrganisationB);
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        Assert.Null(await orders.FindAsync("DEMO-BY-SHAHIN"));
        Assert.Null(await orders.ConfirmAsync("DEMO-BY-SHAHIN"));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AgreementService>().FindAsync("SAIPA-BY-2023"));
    }

    [Fact]
    public async Task Targets_CountRecordedHistory_AndProjectToThePeriodEnd()
    {
        var db = await DbAsync();
        await using var scope = db.Scope(db.OrganisationA);
        var progress = await scope.ServiceProvider.GetRequiredService<TargetService>().ProgressAsync();
        var ve = progress.Single(p => p.Code == "VE-REQUESTS");

        // order-history.csv records 1,000 cars shipped to Venezuela in Nov 2022; the period is [2022-11-01, 2027-11-01).
        Assert.Equal(1000m, ve.Achieved);
        var total = new DateOnly(2027, 11, 1).DayNumber - new DateOnly(2022, 11, 1).DayNumber;
        var elapsed = new DateOnly(2026, 11, 23).DayNumber - new DateOnly(2022, 11, 1).DayNumber;
        Assert.Equal(decimal.Round(1000m * total / elapsed, 2, MidpointRounding.AwayFromZero), ve.Projected);
        Assert.Null(progress.Single(p => p.Code == "SAIPA-2027-Q1").Projected);
        var value = progress.Single(p => p.Code == "RU-VALUE-2026");

        // 120 Tara to Russia in Aug 2023 at $15,000 (order-history.csv); no order of these tests goes to Russia.
        Assert.Equal(120 * 15_000m, value.Achieved);
    }
}

public sealed class SqliteTradeFlowTests(SqliteTradeFixture fixture) : TradeFlowTests(fixture), IClassFixture<SqliteTradeFixture>;

[Trait("Provider", "PostgreSQL")]
public sealed class PostgresTradeFlowTests(PostgresTradeFixture fixture) : TradeFlowTests(fixture), IClassFixture<PostgresTradeFixture>;

using System.Text.Json;
using Corridor.Documents;
using Corridor.Storage;
using Corridor.Tests.Trade;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Documents;

/// <summary>
/// The gates an issue runs (<see cref="DocumentGates"/>, decision 038) give exactly what the order promise gave before:
/// for every order of the reference data, the snapshot's <c>gates</c> object (per party screening, per line market
/// access, the day) and the refusals, in the same order and words, as computed from <see cref="PromiseService"/>'s
/// blockers of kind screening and market_access — on orders that pass, that fail screening and that fail market access.
/// </summary>
public abstract class DocumentGatesTests(TradeDatabaseFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task Gates_OfEveryReferenceOrder_AreThePromisesScreeningAndMarketAccess()
    {
        var db = await fixture.GetAsync();
        await using var scope = db.Scope(db.OrganisationA);
        var sp = scope.ServiceProvider;
        var orders = await sp.GetRequiredService<CorridorDbContext>().Set<TradeOrder>().Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync();
        Assert.True(orders.Count >= 5, $"{orders.Count} orders");
        var kinds = new List<string>();
        foreach (var order in orders)
        {
            var promise = await sp.GetRequiredService<PromiseService>().PromiseAsync(order);
            var expectedRefusals = promise.Blockers.Where(b => b.Kind.IsGate()).Select(b => $"{b}").ToList();
            var expectedGates = JsonSerializer.Serialize(new
            {
                checked_on = promise.AsOf,
                screening = promise.Parties.Select(p => new { p.Name, p.Role, p.Blocked, p.Reasons }),
                market_access = promise.Lines.Select(l => new { l.Line, l.Item, l.Eligible, reasons = l.AccessReasons }),
            }, Json);

            var gates = await sp.GetRequiredService<DocumentGates>().CheckAsync(order);
            Assert.Equal(expectedGates, JsonSerializer.Serialize(gates.Snapshot, Json));
            Assert.Equal(expectedRefusals, gates.Refusals.Select(r => r.ToString()).ToList());
            kinds.Add(gates.Refusals.Count == 0 ? "passes" : string.Join("+", gates.Refusals.Select(r => r.Kind).Distinct()));
        }

        // Not vacuous: the reference orders include one that passes, one refused by screening, one by market access.
        Assert.Contains("passes", kinds);
        Assert.Contains(kinds, k => k.Contains("screening", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k.Contains("market_access", StringComparison.Ordinal));
    }
}

public sealed class SqliteDocumentGatesTests(SqliteTradeFixture fixture) : DocumentGatesTests(fixture), IClassFixture<SqliteTradeFixture>;

[Trait("Provider", "PostgreSQL")]
public sealed class PostgresDocumentGatesTests(PostgresTradeFixture fixture) : DocumentGatesTests(fixture), IClassFixture<PostgresTradeFixture>;

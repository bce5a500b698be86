using Corridor.Common;
using Corridor.Trade;

namespace Corridor.Tests.Trade;

/// <summary>The ceiling assessment in the domain (decision 042): state, share and remainder computed here from the figures.</summary>
public sealed class CeilingAssessmentTests
{
    private static Agreement Agreement(Money? valueCeiling) =>
        new("T-CEILING", AgreementKind.SupplyContract, "Ceiling test", "SAIPA", new DateRange(new DateOnly(2027, 1, 1), null), valueCeiling, Incoterm.CPT,
            Currency.USD, "30 days", AgreementStatus.Active, "test", null);

    [Theory]
    [InlineData(50_000, 0, 30_000)]
    [InlineData(50_000, 10_000, 30_000)]
    [InlineData(50_000, 10_000, 40_000)]
    [InlineData(50_000, 20_000, 40_000)]
    [InlineData(0, 0, 0)]
    public void Of_GivesStateShareAndRemainderFromTheFigures(int limit, int used, int thisOrder)
    {
        var c = CeilingAssessment.Of("value (T)", "USD", limit, used, thisOrder);

        decimal after = used + thisOrder;
        var share = limit == 0 ? 1m : decimal.Round(after / limit, 4, MidpointRounding.AwayFromZero);
        var state = after > limit ? CeilingState.Exceeded : share >= 0.8m ? CeilingState.Warning : CeilingState.Ok;
        Assert.Equal((limit - after, share, state), (c.RemainingAfter, c.ShareAfter, c.State));
        Assert.Equal(state == CeilingState.Exceeded, c.Refusal is not null);
        Assert.Equal(state == CeilingState.Warning, c.Warning is not null);
    }

    [Fact]
    public void Refusal_NamesTheFiguresAndTheOverride()
    {
        var c = CeilingAssessment.Of("Shahin", "units", 50, 20, 40);

        Assert.Equal(CeilingState.Exceeded, c.State);
        Assert.Equal("Shahin: 20 used + 40 in this order = 60 units, above the ceiling of 50 (an administrator may override with a reason)", c.Refusal);
    }

    [Fact]
    public void AssessCeilings_ValueThenQuantityCeilingsTheOrderTouches()
    {
        var agreement = Agreement(Money.Of(50_000m, "USD"));
        agreement.AddQuantityCeiling("Shahin", ["SHAHIN"], null, 50);
        agreement.AddQuantityCeiling("Parts", [], "brakes", 100);
        var units = new Dictionary<string, int> { ["Shahin"] = 45, ["Parts"] = 0 };

        var assessed = agreement.AssessCeilings(Money.Of(12_000m, "USD"), q => units[q.Label], alreadyCommitted: false);

        // Parts: neither this order nor a confirmed one touches it, so it is left out.
        Assert.Equal(["value (T-CEILING)", "Shahin"], assessed.Select(a => a.Label).ToArray());
        Assert.Equal((12_000m, 50_000m - 12_000m, CeilingState.Ok), (assessed[0].ThisOrder, assessed[0].RemainingAfter, assessed[0].State));
        Assert.Equal((45m, 50m - 45m, CeilingState.Warning), (assessed[1].ThisOrder, assessed[1].RemainingAfter, assessed[1].State));
    }

    [Fact]
    public void AssessCeilings_AnOrderAlreadyCommitted_AddsNothing()
    {
        var agreement = Agreement(Money.Of(50_000m, "USD"));
        agreement.AddQuantityCeiling("Shahin", ["SHAHIN"], null, 50);

        var assessed = agreement.AssessCeilings(Money.Of(60_000m, "USD"), _ => 60, alreadyCommitted: true);

        Assert.All(assessed, a => Assert.Equal((0m, CeilingState.Ok), (a.ThisOrder, a.State)));
    }

    [Fact]
    public void AssessCeilings_UnknownValue_AssessesOnlyQuantities()
    {
        var agreement = Agreement(Money.Of(50_000m, "USD"));
        agreement.AddQuantityCeiling("Shahin", ["SHAHIN"], null, 50);

        var assessed = agreement.AssessCeilings(null, _ => 51, alreadyCommitted: false);

        Assert.Equal(CeilingState.Exceeded, Assert.Single(assessed).State);
    }

    [Fact]
    public void AssessCeilings_ValueInAnotherCurrency_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Agreement(Money.Of(50_000m, "USD")).AssessCeilings(Money.Of(1m, "EUR"), _ => 0, alreadyCommitted: false));
}

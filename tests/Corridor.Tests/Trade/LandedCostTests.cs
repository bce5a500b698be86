using Corridor.Common;
using Corridor.Trade;

namespace Corridor.Tests.Trade;

/// <summary>
/// Landed cost against hand calculations. The rules below carry the values of data/reference/landed-cost-rules.csv
/// (RU rows); <see cref="TradeFlowTests"/> checks the same example against the imported file.
/// </summary>
public sealed class LandedCostTests
{
    private static readonly CountryCode Ru = CountryCode.Parse("RU");

    internal static LandedCostRule Percent(string code, ChargeKind kind, string regime, string hs, decimal pct, string from, string? until) =>
        new(code, Ru, kind, regime, hs, null, null, pct, null, new DateRange(D(from), until is null ? null : D(until)), code, "assumption", "test");

    internal static LandedCostRule Fee(string code, decimal rub, string from, string? until) =>
        new(code, Ru, ChargeKind.Fee, "MFN", "8703", 1000, 2000, null, Money.Of(rub, "RUB"), new DateRange(D(from), until is null ? null : D(until)), code, "assumption", "test");

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly LandedCostRule[] Rules =
    [
        Percent("RU-DUTY-CAR-MFN-2018", ChargeKind.Duty, "MFN", "8703", 15m, "2018-09-01", null),
        Percent("RU-DUTY-CAR-FTA", ChargeKind.Duty, "EAEU-IR-FTA", "8703", 7.5m, "2025-05-15", null),
        Percent("RU-VAT-2019", ChargeKind.Vat, "MFN", "", 20m, "2019-01-01", "2026-01-01"),
        Percent("RU-VAT-2026", ChargeKind.Vat, "MFN", "", 22m, "2026-01-01", null),
        Percent("RU-INSURANCE", ChargeKind.Insurance, "MFN", "", 0.3m, "2000-01-01", null),
        Fee("RU-UTIL-2024-1-2L", 556_200m, "2024-10-01", "2025-01-01"),
        Fee("RU-UTIL-2025-1-2L", 667_400m, "2025-01-01", null),
    ];

    private static readonly TradePreference[] Preferences =
    [
        new("EAEU-IR-FTA-INTERIM", "interim", [CountryCode.Parse("IR")], "EAEU", new DateRange(D("2019-10-27"), D("2025-05-15")), "x", null),
        new("EAEU-IR-FTA", "full", [CountryCode.Parse("IR")], "EAEU", new DateRange(D("2025-05-15"), null), "x", null),
    ];

    private static readonly ExchangeRateTable Rates = new([
        new ExchangeRate(Currency.USD, Currency.RUB, D("2024-10-01"), 96m, "assumption", "test"),
        new ExchangeRate(Currency.USD, Currency.RUB, D("2026-11-01"), 81m, "assumption", "test"),
    ]);

    private static LandedCostInput Samand(DateOnly ruleDay, DateOnly rateDay, Incoterm incoterm = Incoterm.CPT) =>
        new("RU", "EAEU", "IR", "870323", 1645, Money.Of(16_000m, "USD"), Money.Of(500m, "USD"), incoterm, Currency.RUB, ruleDay, rateDay);

    [Fact]
    public void Samand_ToRussiaIn2027_TakesTheFtaDutyVat22AndThe2025RecyclingFee()
    {
        var cost = LandedCostCalculator.Compute(Samand(D("2027-03-01"), D("2026-11-23")), Rules, Preferences, Rates).Value;

        // By hand, at 81 RUB per USD:
        // price 16,000 × 81 = 1,296,000.00; freight 500 × 81 = 40,500.00
        // insurance 0.3 % × 110 % × 1,336,500.00 = 4,410.45
        // customs value 1,340,910.45; duty 7.5 % (FTA) = 100,568.28375 → 100,568.28
        // VAT 22 % × (1,340,910.45 + 100,568.28) = 317,125.3206 → 317,125.32
        // recycling fee 667,400.00
        Assert.Equal("EAEU-IR-FTA", cost.Regime);
        Assert.Equal(1_296_000.00m, cost.Of("price").Amount);
        Assert.Equal(40_500.00m, cost.Of("freight").Amount);
        Assert.Equal(4_410.45m, cost.Of("insurance").Amount);
        Assert.Equal(100_568.28m, cost.Of("duty").Amount);
        Assert.Equal(317_125.32m, cost.Of("vat").Amount);
        Assert.Equal(667_400.00m, cost.Of("fee").Amount);
        Assert.Equal(Money.Of(2_426_004.05m, "RUB"), cost.Total);
    }

    [Fact]
    public void Samand_ToRussiaIn2024_PaysMfnBecauseTheInterimFtaHasNoCarRule()
    {
        var cost = LandedCostCalculator.Compute(Samand(D("2024-11-01"), D("2024-10-01")), Rules, Preferences, Rates).Value;

        // At 96 RUB per USD: price 1,536,000.00; freight 48,000.00; insurance 0.3 % × 110 % × 1,584,000 = 5,227.20;
        // customs value 1,589,227.20; duty 15 % = 238,384.08; VAT 20 % × 1,827,611.28 = 365,522.256 → 365,522.26;
        // fee (Oct-Dec 2024) 556,200.00.
        Assert.Equal(LandedCostRule.Mfn, cost.Regime);
        Assert.Equal(238_384.08m, cost.Of("duty").Amount);
        Assert.Equal(365_522.26m, cost.Of("vat").Amount);
        Assert.Equal(556_200.00m, cost.Of("fee").Amount);
        Assert.Equal(Money.Of(2_749_333.54m, "RUB"), cost.Total);
    }

    [Fact]
    public void Ddp_PutsDutiesOnTheSeller_CptOnTheBuyer()
    {
        var ddp = LandedCostCalculator.Compute(Samand(D("2027-03-01"), D("2026-11-23"), Incoterm.DDP), Rules, Preferences, Rates).Value;
        var exw = LandedCostCalculator.Compute(Samand(D("2027-03-01"), D("2026-11-23"), Incoterm.EXW), Rules, Preferences, Rates).Value;
        Assert.Equal(Payer.Seller, ddp.Components.Single(c => c.Name == "duty").PaidBy);
        Assert.Equal(Payer.Buyer, exw.Components.Single(c => c.Name == "duty").PaidBy);
        Assert.Equal(Payer.Buyer, exw.Components.Single(c => c.Name == "freight").PaidBy);
        Assert.Equal(ddp.Total, exw.Total);
    }

    [Fact]
    public void MissingRate_IsAnErrorNamingPairAndDay()
    {
        var result = LandedCostCalculator.Compute(Samand(D("2027-03-01"), D("2020-01-01")), Rules, Preferences, Rates);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("USD/RUB", StringComparison.Ordinal) && e.Contains("2020-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void NoVatRuleOnTheDay_IsAnError()
    {
        var result = LandedCostCalculator.Compute(Samand(D("2018-12-01"), D("2026-11-23")), Rules, Preferences, Rates);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("no VAT rule", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineOutsideTheFeeRange_PaysNoFee()
    {
        var big = Samand(D("2027-03-01"), D("2026-11-23")) with { EngineCc = 2400 };
        Assert.Equal(0m, LandedCostCalculator.Compute(big, Rules, Preferences, Rates).Value.Of("fee").Amount);
    }
}

using Corridor.Common;
using Corridor.Trade;

namespace Corridor.Tests.Trade;

public sealed class ExchangeRateTableTests
{
    private static ExchangeRate Rate(string b, string q, string day, decimal rate) =>
        new(Currency.Parse(b), Currency.Parse(q), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), rate, "assumption", "test");

    private static readonly ExchangeRateTable Table = new([
        Rate("USD", "RUB", "2026-01-01", 79m), Rate("USD", "RUB", "2026-06-01", 80.5m),
        Rate("USD", "IRR", "2026-01-01", 42000m), Rate("USD", "BYN", "2026-01-01", 3m),
        Rate("EUR", "USD", "2026-01-01", 1.1628m),
    ]);

    [Fact]
    public void Convert_OnADay_UsesTheLatestRateOnOrBeforeIt()
    {
        Assert.Equal(Money.Of(7900m, "RUB"), Table.Convert(Money.Of(100m, "USD"), Currency.RUB, new DateOnly(2026, 5, 31)).Value);
        Assert.Equal(Money.Of(8050m, "RUB"), Table.Convert(Money.Of(100m, "USD"), Currency.RUB, new DateOnly(2026, 6, 1)).Value);
    }

    [Fact]
    public void Convert_RoundsHalfAwayFromZeroToTheTargetsMinorUnits()
    {
        // 0.125 USD × 79 = 9.875 RUB → 9.88 (half away from zero, two decimals).
        Assert.Equal(9.88m, Table.Convert(Money.Of(0.125m, "USD"), Currency.RUB, new DateOnly(2026, 2, 1)).Value.Amount);

        // 1 RUB → USD: 1/79 = 0.012658… → 0.01.
        Assert.Equal(0.01m, Table.Convert(Money.Of(1m, "RUB"), Currency.USD, new DateOnly(2026, 2, 1)).Value.Amount);
    }

    [Fact]
    public void Convert_ToACurrencyWithoutMinorUnits_GivesWholeUnits()
    {
        // 10.01 USD × 42,000 = 420,420 IRR exactly; 0.00003 USD × 42,000 = 1.26 → 1 rial.
        Assert.Equal(420420m, Table.Convert(Money.Of(10.01m, "USD"), Currency.IRR, new DateOnly(2026, 3, 1)).Value.Amount);
        Assert.Equal(1m, Table.Convert(Money.Of(0.00003m, "USD"), Currency.IRR, new DateOnly(2026, 3, 1)).Value.Amount);
        Assert.Equal(0, Currency.IRR.Decimals);
        Assert.Equal(0, Currency.Parse("JPY").Decimals);
    }

    [Fact]
    public void Convert_WithOnlyTheInversePair_DividesByIt()
    {
        // 1,000 USD → EUR with only EUR/USD 1.1628 given: 1000 / 1.1628 = 859.99312… → 859.99.
        Assert.Equal(859.99m, Table.Convert(Money.Of(1000m, "USD"), Currency.EUR, new DateOnly(2026, 2, 1)).Value.Amount);
    }

    [Fact]
    public void Convert_BetweenTwoNonDollarCurrencies_CrossesThroughUsd()
    {
        // 300 BYN → RUB: 300 / 3 × 79 = 7,900.
        Assert.Equal(7900m, Table.Convert(Money.Of(300m, "BYN"), Currency.RUB, new DateOnly(2026, 2, 1)).Value.Amount);
    }

    [Fact]
    public void Convert_BeforeTheFirstRate_FailsNamingPairAndDay()
    {
        var result = Table.Convert(Money.Of(100m, "USD"), Currency.RUB, new DateOnly(2025, 12, 31));
        Assert.False(result.Succeeded);
        Assert.Contains("USD/RUB", result.Errors[0], StringComparison.Ordinal);
        Assert.Contains("2025-12-31", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_WhenTheLatestRateIsTooOld_FailsInsteadOfUsingIt()
    {
        var day = new DateOnly(2026, 6, 1).AddDays(ExchangeRateTable.MaxAgeDays + 1);
        var result = Table.Convert(Money.Of(1m, "USD"), Currency.RUB, day);
        Assert.False(result.Succeeded);
        Assert.Contains(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ForAnUnknownPair_FailsAndNeverReturnsZero()
    {
        var result = Table.Convert(Money.Of(100m, "KZT"), Currency.RUB, new DateOnly(2026, 2, 1));
        Assert.False(result.Succeeded);
        Assert.Contains("KZT/RUB", result.Errors[0], StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ExchangeRate_WithANonPositiveRate_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Rate("USD", "RUB", "2026-01-01", 0m));

    [Fact]
    public void Money_AddingDifferentCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "USD") + Money.Of(1m, "RUB"));

    [Fact]
    public void AgreementMinorUnits_RoundTripForTwoAndZeroDecimals()
    {
        Assert.Equal(30000000000L, Agreement.ToMinor(Money.Of(300_000_000m, "USD")));
        Assert.Equal(Money.Of(300_000_000m, "USD"), Agreement.FromMinor(30000000000L, Currency.USD));
        Assert.Equal(42000L, Agreement.ToMinor(Money.Of(42000m, "IRR")));
        Assert.Equal(1235L, Agreement.ToMinor(Money.Of(12.345m, "USD")));
    }
}

using Corridor.Common;

namespace Corridor.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_SumsAmounts() =>
        Assert.Equal(Money.Of(13_000.10m, "USD"), Money.Of(13_000m, "USD") + Money.Of(0.10m, "USD"));

    [Fact]
    public void Add_DifferentCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "USD") + Money.Of(1m, "RUB"));

    [Theory]
    [InlineData("USD", 2.345, 2.35)]
    [InlineData("USD", -2.345, -2.35)]
    [InlineData("IRR", 1500.5, 1501)]
    [InlineData("OMR", 1.23456, 1.235)]
    [InlineData("JPY", 99.5, 100)]
    public void Round_UsesMinorUnitsAndHalfAwayFromZero(string currency, double amount, double expected) =>
        Assert.Equal((decimal)expected, Money.Of((decimal)amount, currency).Round().Amount);

    [Fact]
    public void ConvertTo_MultipliesByRateAndRoundsToTarget()
    {
        var rub = Money.Of(16_000m, "USD").ConvertTo(Currency.RUB, 92.3456m);
        Assert.Equal(Currency.RUB, rub.Currency);
        Assert.Equal(decimal.Round(16_000m * 92.3456m, 2, MidpointRounding.AwayFromZero), rub.Amount);
    }

    [Fact]
    public void ConvertTo_NonPositiveRate_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "USD").ConvertTo(Currency.EUR, 0m));

    [Theory]
    [InlineData("usd", true)]
    [InlineData("XYZ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Currency_TryParse_KnowsIsoCodes(string? code, bool known) =>
        Assert.Equal(known, Currency.TryParse(code, out _));
}

using Corridor.Catalog;

namespace Corridor.Tests.Catalog;

public sealed class HsCodeTests
{
    [Theory]
    [InlineData("8703.23", "870323", "8703.23")]
    [InlineData("870323", "870323", "8703.23")]
    [InlineData("8703.23.1940", "8703231940", "8703.23.1940")]
    [InlineData(" 8708.91 ", "870891", "8708.91")]
    public void Parse_AcceptsSixToTenDigits(string text, string digits, string shown)
    {
        var code = HsCode.Parse(text);
        Assert.Equal(digits, code.Digits);
        Assert.Equal(shown, code.ToString());
    }

    [Theory]
    [InlineData("8703")]
    [InlineData("8703.2")]
    [InlineData("8703.231")]
    [InlineData("87O3.23")]
    [InlineData("")]
    [InlineData("8703.23.19.40.55")]
    public void TryParse_RejectsMalformedCodes(string text) => Assert.False(HsCode.TryParse(text, out _));

    [Fact]
    public void IsWithin_ComparesHeadingPrefix()
    {
        Assert.True(HsCode.Parse("8703.23").IsWithin("8703"));
        Assert.False(HsCode.Parse("8708.91").IsWithin("8703"));
    }

    [Theory]
    [InlineData("Euro-4", EmissionClass.Euro4)]
    [InlineData("EURO 5", EmissionClass.Euro5)]
    [InlineData("euro0", EmissionClass.Euro0)]
    [InlineData("6", EmissionClass.Euro6)]
    public void EmissionClass_ParsesCommonSpellings(string text, EmissionClass expected)
    {
        Assert.True(EmissionClassText.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Euro-7")]
    [InlineData("Euro")]
    [InlineData("Tier 2")]
    public void EmissionClass_RejectsUnknownClasses(string text) => Assert.False(EmissionClassText.TryParse(text, out _));
}

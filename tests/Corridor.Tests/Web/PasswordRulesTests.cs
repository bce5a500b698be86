using Corridor.Organisations;

namespace Corridor.Tests.Web;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("short1!")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("ababababab")]
    [InlineData("          ")]
    [InlineData("1234567890")]
    [InlineData("0987654321")]
    [InlineData("QWERTYUIOP")]
    [InlineData("abcdefghijk")]
    [InlineData("password123")]
    [InlineData("Welcome2026")]
    [InlineData("tab\tinside-pw")]
    public void Check_WeakPassword_IsRefused(string password) => Assert.NotNull(PasswordRules.Check(password));

    [Theory]
    [InlineData("correct-horse-battery")]
    [InlineData("Kp7#vL2q!xRm")]
    [InlineData("long-enough-pw")]
    public void Check_UncommonPassword_IsAccepted(string password) => Assert.Null(PasswordRules.Check(password));

    [Fact]
    public void Check_OverTheMaximumLength_IsRefused() => Assert.NotNull(PasswordRules.Check(new string('x', 100) + new string('y', 50) + "abcXYZ" + new string('z', 60)));
}

using System.Text.RegularExpressions;

namespace Corridor.Tests.Support;

public static partial class AntiForgery
{
    /// <summary>The hidden anti-forgery field of the first form of a page.</summary>
    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no anti-forgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

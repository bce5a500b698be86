using Microsoft.Playwright;

namespace Corridor.Tests.Support;

/// <summary>Link navigation in the browser tests.</summary>
public static class BrowserLinks
{
    /// <summary>
    /// Follows <paramref name="link"/> by its address instead of a click: on a loaded machine a click on a link was
    /// lost now and then while the page settled (the test then timed out waiting for the next page). The link must
    /// exist with an address, and the caller still asserts where it leads.
    /// </summary>
    public static async Task<string> FollowAsync(IPage page, ILocator link)
    {
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("the link has no href");
        await page.GotoAsync(new Uri(new Uri(page.Url), href).ToString());
        return href;
    }
}

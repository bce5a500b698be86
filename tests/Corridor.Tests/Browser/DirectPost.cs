using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Browser;

/// <summary>
/// A form post sent by hand with the signed-in page's cookies and a valid anti-forgery token (from the page's sign-out
/// form), as a user could send it without the form: for a role the page shows no form to, the server must still refuse it.
/// </summary>
public static class DirectPost
{
    /// <summary>Posts <paramref name="fields"/> to a page handler and says whether the server refused it (403, or a redirect to the access-denied page).</summary>
    public static async Task<(bool Refused, int Status, string Location)> SendAsync(IPage page, string url, IDictionary<string, string> fields)
    {
        var form = page.APIRequest.CreateFormData();
        form.Append("__RequestVerificationToken", AntiForgery.Token(await page.ContentAsync()));
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        var response = await page.APIRequest.PostAsync(url, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
        var location = response.Headers.TryGetValue("location", out var l) ? l : "";
        var refused = response.Status == 403 || (response.Status == 302 && location.Contains("/account/denied", StringComparison.OrdinalIgnoreCase));
        return (refused, response.Status, location);
    }
}

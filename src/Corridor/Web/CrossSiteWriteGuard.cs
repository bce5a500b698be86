using Corridor.Storage;

namespace Corridor.Web;

/// <summary>
/// Refuses a write to /api that a browser sends with the session cookie from another site (cross-site request forgery):
/// such a request carries an <c>Origin</c> other than this server's, or <c>Sec-Fetch-Site: cross-site</c>. Bearer-token
/// requests are not affected (a foreign page cannot add the header), nor are reads. Pages are protected by antiforgery
/// tokens; the SameSite=Strict cookie stays as a second line. Decision 028.
/// </summary>
public sealed class CrossSiteWriteGuard(RequestDelegate next, ILogger<CrossSiteWriteGuard> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (IsCookieApiWrite(http.Request) && Refusal(http.Request) is { } why)
        {
            CorridorLog.CrossSiteWriteRefused(log, http.Request.Method, http.Request.Path.Value ?? "", why);
            var problem = ApiProblems.Create(StatusCodes.Status403Forbidden, "Cross-site request refused",
                $"{why}. Send writes from this server's own pages, or with Authorization: Bearer <token>.");
            await TypedResults.Problem(problem).ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private static bool IsCookieApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && request.Cookies.ContainsKey(AuthSchemes.SessionCookie);

    /// <summary>Why the request looks cross-site, or null. A request with neither header is not from a browser page.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            var own = $"{request.Scheme}://{request.Host}";
            return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : $"the request comes from {origin}, not from {own}";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "cross-site" or "same-site" ? $"the browser says the request is {site}" : null;
    }
}

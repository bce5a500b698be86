using System.Security.Cryptography;

namespace Corridor.Web;

/// <summary>
/// Browser hardening on every response: a Content-Security-Policy whose scripts are this server's own files or carry
/// the request's nonce, no MIME sniffing, no referrer to other sites, no framing, and no caching of anything but the
/// static assets (a page or API answer may carry a token's secret or another person's data). Decision 028.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "corridor.csp-nonce";

    /// <summary>Paths served to everyone and cacheable: the stylesheet, the script, the icon.</summary>
    private static readonly string[] StaticAssets = ["/app.css", "/app.js", "/favicon.svg"];

    /// <summary>The nonce of this request, for the few pages with a script block of their own.</summary>
    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceKey] is not string nonce)
        {
            // Hex: a valid CSP nonce that HTML encoding leaves as it is (base64's + would be written &#x2B; in the attribute).
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>A document's printed sheet, which its own page shows in a frame (same origin only).</summary>
    public static bool MayBeFramedByOwnPages(HttpRequest request) =>
        request.Path.StartsWithSegments("/documents") && string.Equals(request.Query["handler"], "Sheet", StringComparison.OrdinalIgnoreCase);

    /// <summary>The policy for a request: the API reference page (a third-party viewer with inline start-up code) gets inline scripts; everything else only its own.</summary>
    public static string PolicyFor(PathString path, string nonce, bool framedByOwnPages = false)
    {
        var scripts = path.StartsWithSegments("/api/reference") ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
        var ancestors = framedByOwnPages ? "'self'" : "'none'";
        // Inline style attributes and <style> blocks are kept (they carry layout, never data a user typed).
        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
            $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {ancestors}";
    }

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = Nonce(http);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var framed = MayBeFramedByOwnPages(http.Request);
            headers.ContentSecurityPolicy = PolicyFor(http.Request.Path, nonce, framed);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = framed ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!StaticAssets.Contains(http.Request.Path.Value, StringComparer.Ordinal))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(http);
    }
}

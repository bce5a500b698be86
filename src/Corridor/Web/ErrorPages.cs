using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Corridor.Web;

/// <summary>
/// Error pages for people: a request outside the API (<c>/api</c>, <c>/openapi</c>, <c>/health</c>) that ends in an
/// error status with no body, or in an exception, gets an HTML page in the application's style saying what happened and
/// offering a way back, instead of a problem-details JSON document. The API keeps its RFC 9457 problems.
/// </summary>
public static class ErrorPages
{
    /// <summary>True for a request a person makes in the browser: anything but the API, its description and the health check.</summary>
    public static bool IsForPeople(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/openapi") && !http.Request.Path.StartsWithSegments(ReadinessGate.HealthPath);

    /// <summary>The status-code-pages handler: writes the page for the response's status.</summary>
    public static Task WriteStatusAsync(StatusCodeContext context) =>
        WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, null);

    public static async Task WriteAsync(HttpContext http, int status, string? detail)
    {
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page or record at this address. It may have been removed, or the link may be wrong."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this. Ask an administrator of your organisation."),
            StatusCodes.Status401Unauthorized => ("Sign in first", "This page needs you to be signed in."),
            StatusCodes.Status409Conflict => ("Not done", "The change conflicts with what is stored."),
            >= 500 => ("Something went wrong", "The server could not answer this request. Nothing was changed by it; try again, and tell your administrator if it keeps happening."),
            _ => ("The request was not understood", "The page could not use what was sent."),
        };
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var e = (string s) => WebUtility.HtmlEncode(s);
        var more = string.IsNullOrWhiteSpace(detail) ? "" : $"<p class=\"card\" role=\"alert\">{e(detail)}</p>";
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{{e(title)}} · Corridor</title><link rel="stylesheet" href="/app.css" /><link rel="icon" href="/favicon.svg" type="image/svg+xml" /><script src="/app.js" defer></script></head>
            <body><main id="main">
            <p class="small muted">Error {{status}}</p>
            <h1>{{e(title)}}</h1>
            <p>{{e(text)}}</p>
            {{more}}
            <p><a href="/">Back to the overview</a> · <a href="/" data-back>Back to the previous page</a></p>
            </main></body>
            </html>
            """);
    }
}

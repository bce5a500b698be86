using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web;

/// <summary>
/// The one error format of /api: RFC 9457 <c>application/problem+json</c> with <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c> and <c>instance</c> on every 4xx and 5xx — also those written by the framework with
/// no body of their own (401, 403, 404, 405), which get a detail saying what to do.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Refusals that carry several reasons put them under this extension (validation uses <c>errors</c>, by field).</summary>
    public const string ReasonsKey = "reasons";

    /// <summary>Problem details for every error, and request-binding failures (a malformed body, a missing query
    /// parameter) raised as exceptions so that <see cref="CorridorExceptionHandler"/> answers them with the field named,
    /// instead of the framework's empty 400 outside Development.</summary>
    public static IServiceCollection AddCorridorProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(Customize);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static void Customize(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= "about:blank";
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Detail ??= DefaultDetail(status, context.HttpContext.Request);
    };

    /// <summary>A problem with <paramref name="reasons"/> under <see cref="ReasonsKey"/> when there are several.</summary>
    public static ProblemDetails Create(int status, string title, string detail, IReadOnlyList<string>? reasons = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (reasons is { Count: > 0 })
        {
            problem.Extensions[ReasonsKey] = reasons;
        }

        return problem;
    }

    private static string DefaultDetail(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid; errors (when present) names each field as it was sent.",
        StatusCodes.Status401Unauthorized => "Sign in at /account/sign-in, or send Authorization: Bearer <token> (tokens at /account/tokens).",
        StatusCodes.Status403Forbidden => "Your role does not allow this; an admin of your organisation can change roles.",
        StatusCodes.Status404NotFound => $"Nothing at {request.Path} is visible to you: the address or the code in it is unknown, or it belongs to another organisation.",
        StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not answer {request.Method}; see /openapi/v1.json.",
        StatusCodes.Status409Conflict => "The request conflicts with stored data.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        StatusCodes.Status429TooManyRequests => "Too many requests; wait and try again.",
        StatusCodes.Status503ServiceUnavailable => "The server is not ready; try again shortly.",
        >= 500 => "An unexpected error occurred; the server's log has the details under this trace id.",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
    };
}

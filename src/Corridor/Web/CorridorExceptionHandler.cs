using Microsoft.AspNetCore.Diagnostics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web;

/// <summary>Turns the few real exceptions into RFC 9457 problems (an HTML page for people outside the API, <see cref="ErrorPages"/>); expected outcomes never get here.</summary>
public sealed partial class CorridorExceptionHandler(IProblemDetailsService problems, ILogger<CorridorExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ValueTooLongException => (StatusCodes.Status400BadRequest, "A value is too long."),
            // The domain's constructors check their input and throw ArgumentException naming the field; an endpoint that
            // did not check first still answers 400 with that message, not 500.
            ArgumentException a when a.TargetSite?.DeclaringType?.Assembly == typeof(Corridor.Common.Guard).Assembly => (StatusCodes.Status400BadRequest, "A value is not valid."),
            InvalidStoredValueException => (StatusCodes.Status400BadRequest, "A value cannot be stored."),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The record was changed by someone else; reload and try again."),
            DbUpdateException or System.Data.Common.DbException when DatabaseRefusal.Of(exception) is { } refusal => (refusal.Status, refusal.Title),
            BadHttpRequestException b => (b.StatusCode, "The request is malformed."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        // A database's own message (SQLite Error 19, 22003: numeric field overflow) never reaches the client.
        var detail = status >= 500 ? null : DatabaseRefusal.Of(exception) is { } refused ? refused.Detail : exception.GetBaseException().Message;
        if (ErrorPages.IsForPeople(httpContext) && !httpContext.Response.HasStarted)
        {
            await ErrorPages.WriteAsync(httpContext, status, detail);
            return true;
        }

        httpContext.Response.StatusCode = status;
        // A body that does not bind (a string where a number belongs) names the field by its JSON path, as the client wrote it.
        // A query or route value that does not bind ("Failed to bind parameter \"int? days\" from \"abc\"") names its parameter.
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } } =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path] = [detail ?? title] }),
            BadHttpRequestException when BoundParameter().Match(exception.Message) is { Success: true } bound =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [bound.Groups[1].Value] = [detail ?? title] }),
            _ => new Microsoft.AspNetCore.Mvc.ProblemDetails(),
        };
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:Failed to bind parameter|Required parameter) \"(?:[^\"]* )?(\\w+)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}

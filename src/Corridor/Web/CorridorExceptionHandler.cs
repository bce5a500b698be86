using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web;

/// <summary>Turns the few real exceptions into RFC 9457 problems; expected outcomes never get here.</summary>
public sealed partial class CorridorExceptionHandler(IProblemDetailsService problems, ILogger<CorridorExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The record was changed by someone else; reload and try again."),
            DbUpdateException => (StatusCodes.Status409Conflict, "The change conflicts with stored data."),
            BadHttpRequestException b => (b.StatusCode, "The request is malformed."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = status >= 500 ? null : exception.GetBaseException().Message },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}

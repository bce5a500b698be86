using System.Security.Claims;
using Corridor.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Corridor.Web;

/// <summary>
/// Writes a log line for every request that authorisation refuses (401 without a valid identity, 403 for a role that
/// may not), then answers as the framework does. The audit log records the refusals of signed-in users as well
/// (entity <c>Request</c>, action <c>refused</c>, with the method, path and policy), so that an administrator sees who
/// tried what their role does not allow.
/// </summary>
public sealed class RefusalLoggingHandler(ILogger<RefusalLoggingHandler> log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.Name) ?? "?" : "anonymous";
            var why = authorizeResult.Forbidden
                ? "forbidden" + (authorizeResult.AuthorizationFailure?.FailedRequirements.FirstOrDefault() is { } r ? $" ({r})" : "")
                : "not signed in";
            CorridorLog.AccessRefused(log, context.Request.Method, context.Request.Path.Value ?? "", user, why);
            if (authorizeResult.Forbidden)
            {
                await AuditAsync(context, why);
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static async Task AuditAsync(HttpContext context, string why)
    {
        var db = context.RequestServices.GetRequiredService<CorridorDbContext>();
        var path = context.Request.Path.Value ?? "";
        var changes = Audit.AuditJson.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["method"] = context.Request.Method,
            ["path"] = path.Length > 300 ? path[..300] : path,
            ["reason"] = why,
        });
        var user = context.User;
        db.AuditLog.Add(new Audit.AuditEntry(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), user.UserId(), user.FindFirstValue(ClaimTypes.Name) ?? "?",
            user.OrganisationId(), "Request", context.Request.Method, "refused", changes));
        await db.SaveChangesAsync(context.RequestAborted);
    }
}

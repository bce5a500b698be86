using System.Security.Claims;
using Corridor.Storage;

namespace Corridor.Web;

/// <summary>Sets the request's <see cref="ActorContext"/> from the authenticated principal: the one place the organisation is chosen.</summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorContext actor)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            actor.Set(context.User.OrganisationId(), context.User.UserId(), context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown");
        }

        await next(context);
    }
}

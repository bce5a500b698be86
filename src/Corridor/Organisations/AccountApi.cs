using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Organisations;

/// <summary>The signed-in user, their API tokens, the organisation's users (admin) and the audit log (admin).</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Account").RequireAuthorization(Policies.Read);
        api.MapGet("/me", Me).WithName("Me").WithSummary("Who is signed in: user, role and organisation.");
        api.MapGet("/tokens", ListTokens).WithName("ListTokens").WithSummary("The signed-in user's API tokens (never their secrets).");
        api.MapPost("/tokens", CreateToken).WithName("CreateToken").WithSummary("Creates an API token for the signed-in user; the secret is in the answer only.")
            .RequireRateLimiting(RateLimits.TokenCreation);
        api.MapDelete("/tokens/{id:guid}", RevokeToken).WithName("RevokeToken").WithSummary("Revokes one of the signed-in user's tokens.");
        api.MapGet("/users", ListUsers).WithName("ListUsers").WithSummary("Users of the organisation.").RequireAuthorization(Policies.Admin);
        api.MapPost("/users", AddUser).WithName("AddUser").WithSummary("Adds a user to the organisation.").RequireAuthorization(Policies.Admin);
        api.MapPost("/users/{id:guid}/disable", DisableUser).WithName("DisableUser")
            .WithSummary("Disables a user of the organisation and revokes every API token and session of theirs at once; refused for yourself.").RequireAuthorization(Policies.Admin);
        api.MapPost("/users/{id:guid}/enable", EnableUser).WithName("EnableUser")
            .WithSummary("Lets a disabled user sign in again (revoked tokens stay revoked).").RequireAuthorization(Policies.Admin);
        api.MapPost("/users/{id:guid}/revoke-tokens", RevokeUserTokens).WithName("RevokeUserTokens")
            .WithSummary("Revokes every API token and ends every session of a user of the organisation.").RequireAuthorization(Policies.Admin);
        api.MapGet("/audit", Audit).WithName("AuditLog").WithSummary("The organisation's audit log, newest first.").RequireAuthorization(Policies.Admin);
        return app;
    }

    public sealed record MeDto(string Email, string DisplayName, string Role, string Organisation);

    public sealed record TokenDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

    /// <summary>A new API token of the signed-in user.</summary>
    /// <param name="Name">What the token is for, shown in the token list.</param>
    /// <param name="ExpiresInDays">Days until it expires; without it the token does not expire.</param>
    public sealed record NewTokenRequest(string Name, int? ExpiresInDays);

    public sealed record NewTokenDto(Guid Id, string Name, string Token, DateTimeOffset? ExpiresAt);

    public sealed record UserDto(Guid Id, string Email, string DisplayName, string Role, DateTimeOffset CreatedAt, bool Disabled);

    /// <summary>A new user of the admin's organisation.</summary>
    /// <param name="Email">Sign-in address; unique.</param>
    /// <param name="DisplayName">Name shown in the application and the audit log.</param>
    /// <param name="Role">admin, export-manager, compliance-officer, logistics-planner or analyst.</param>
    /// <param name="Password">At least the length the password rules ask, and not a common password.</param>
    public sealed record NewUserRequest(string Email, string DisplayName, string Role, string Password);

    public sealed record AuditDto(long Id, DateTimeOffset At, string Actor, string EntityType, string EntityKey, string Action, string Changes);

    private static async Task<Results<Ok<MeDto>, NotFound>> Me(ICurrentActor actor, CorridorDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == actor.UserId, ct);
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(new MeDto(user.Email, user.DisplayName, user.Role.ToKebab(), user.Organisation!.Code));
    }

    private static async Task<Ok<List<TokenDto>>> ListTokens(ICurrentActor actor, CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderBy(t => t.CreatedAt)
            .Select(t => new TokenDto(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct));

    private static async Task<Results<Ok<NewTokenDto>, ValidationProblem, NotFound>> CreateToken(
        NewTokenRequest request, ICurrentActor actor, CorridorDbContext db, UserAdministration users, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Validation.Problem("name", "is required");
        }

        if (request.Name.Trim().Length > ApiToken.MaxNameLength)
        {
            return Validation.Problem("name", $"is longer than {ApiToken.MaxNameLength} characters");
        }

        if (request.ExpiresInDays is <= 0 or > 3650)
        {
            return Validation.Problem("expiresInDays", "must be between 1 and 3650");
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var expires = request.ExpiresInDays is { } d ? clock.GetUtcNow().AddDays(d) : (DateTimeOffset?)null;
        var (token, secret) = await users.CreateTokenAsync(user, request.Name, expires, ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new NewTokenDto(token.Id, token.Name, secret, token.ExpiresAt));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeToken(Guid id, ICurrentActor actor, CorridorDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<UserDto>>> ListUsers(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct))
            .Select(u => new UserDto(u.Id, u.Email, u.DisplayName, u.Role.ToKebab(), u.CreatedAt, u.Disabled)).ToList());

    private static async Task<Results<Created<UserDto>, ValidationProblem>> AddUser(NewUserRequest request, UserAdministration users, CancellationToken ct)
    {
        if (!Roles.TryParse(request.Role, out var role))
        {
            return Validation.Problem("role", $"'{request.Role}' is not one of admin, export-manager, compliance-officer, logistics-planner, analyst, operator");
        }

        var result = await users.AddUserAsync(request.Email ?? "", request.DisplayName ?? "", role, request.Password ?? "", ct);
        if (!result.Succeeded)
        {
            var message = result.Errors[0];
            var colon = message.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? Validation.Problem(message[..colon], message[(colon + 1)..].Trim()) : Validation.Problem("$", message);
        }

        var u = result.Value;
        return TypedResults.Created($"/api/users/{u.Id}", new UserDto(u.Id, u.Email, u.DisplayName, u.Role.ToKebab(), u.CreatedAt, u.Disabled));
    }

    private static async Task<Results<Ok<UserDto>, NotFound, ProblemHttpResult>> DisableUser(Guid id, ICurrentActor actor, UserAdministration users, CancellationToken ct)
    {
        if (id == actor.UserId)
        {
            return TypedResults.Problem("An admin cannot disable themselves; ask another admin.", statusCode: StatusCodes.Status409Conflict, title: "Refused");
        }

        return await users.DisableUserAsync(id, ct) is { } u ? TypedResults.Ok(ToDto(u)) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<UserDto>, NotFound>> EnableUser(Guid id, UserAdministration users, CancellationToken ct) =>
        await users.EnableUserAsync(id, ct) is { } u ? TypedResults.Ok(ToDto(u)) : TypedResults.NotFound();

    public sealed record RevokedDto(int TokensRevoked);

    private static async Task<Results<Ok<RevokedDto>, NotFound>> RevokeUserTokens(Guid id, UserAdministration users, CancellationToken ct) =>
        await users.RevokeTokensAsync(id, ct) is { } n ? TypedResults.Ok(new RevokedDto(n)) : TypedResults.NotFound();

    private static UserDto ToDto(User u) => new(u.Id, u.Email, u.DisplayName, u.Role.ToKebab(), u.CreatedAt, u.Disabled);

    private static async Task<Ok<List<AuditDto>>> Audit(ICurrentActor actor, CorridorDbContext db, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await db.AuditLog.AsNoTracking().Where(a => a.OrganisationId == actor.OrganisationId)
            .OrderByDescending(a => a.Id).Take(Math.Clamp(limit ?? 200, 1, 5000))
            .Select(a => new AuditDto(a.Id, a.At, a.Actor, a.EntityType, a.EntityKey, a.Action, a.Changes)).ToListAsync(ct));
}

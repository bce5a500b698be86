using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Corridor.Common;
using Corridor.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Corridor.Organisations;

/// <summary>
/// Organisations, users, passwords and API tokens. Passwords are hashed with ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted); token secrets are random 256-bit
/// values of which only a SHA-256 hash is kept.
/// </summary>
public sealed class UserAdministration(CorridorDbContext db, ActorContext actor, TimeProvider clock)
{
    public const int MinimumPasswordLength = 10;
    public const string TokenPrefix = "cor_";

    private static readonly PasswordHasher<User> Hasher = new();

    public async Task<Result<Organisation>> CreateOrganisationAsync(string code, string name, CancellationToken ct = default)
    {
        Organisation org;
        try
        {
            org = new Organisation(code, name, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<Organisation>.Failure(ex.Message.Split(" (Parameter")[0]);
        }

        if (await db.Organisations.AnyAsync(o => o.Code == org.Code, ct))
        {
            return Result<Organisation>.Failure($"an organisation with code '{org.Code}' exists already");
        }

        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        return Result<Organisation>.Success(org);
    }

    /// <summary>Adds a user to the acting organisation.</summary>
    public async Task<Result<User>> AddUserAsync(string email, string displayName, Role role, string password, CancellationToken ct = default)
    {
        var hashed = HashPassword(password);
        return hashed.Succeeded
            ? await AddUserAsync(email, displayName, role, hashed.Value, ct)
            : Result<User>.Failure(hashed.Errors[0]);
    }

    /// <summary>
    /// Checks a password's length and hashes it. Hashing is deliberately slow (PBKDF2), so a caller creating
    /// several users can hash their passwords in parallel and add the users with the hashes.
    /// </summary>
    public static Result<HashedPassword> HashPassword(string password) =>
        password.Length < MinimumPasswordLength
            ? Result<HashedPassword>.Failure($"password: must be at least {MinimumPasswordLength} characters")
            : Result<HashedPassword>.Success(new HashedPassword(Hasher.HashPassword(null!, password))); // Identity's hasher does not read the user

    /// <summary>Adds a user to the acting organisation with a password hashed by <see cref="HashPassword"/>.</summary>
    public async Task<Result<User>> AddUserAsync(string email, string displayName, Role role, HashedPassword password, CancellationToken ct = default)
    {
        if (actor.OrganisationId is not { } orgId)
        {
            return Result<User>.Failure("no organisation selected");
        }

        User user;
        try
        {
            user = new User(orgId, email, displayName, role, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<User>.Failure(ex.Message.Split(" (Parameter")[0]);
        }

        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == user.Email, ct))
        {
            return Result<User>.Failure($"email: a user with e-mail '{user.Email}' exists already");
        }

        user.SetPasswordHash(password.Hash);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return Result<User>.Success(user);
    }

    /// <summary>Checks an e-mail and password across all organisations; null when either is wrong or the user is disabled.</summary>
    public async Task<User?> VerifyPasswordAsync(string email, string password, CancellationToken ct = default)
    {
        var normalised = email.Trim().ToLowerInvariant();
        var user = await db.Users.IgnoreQueryFilters().Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Email == normalised, ct);
        if (user is null || user.Disabled)
        {
            // Hash anyway so that a wrong e-mail takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new User(Guid.NewGuid(), "x@x", "x", Role.Analyst, default), DummyHash, password);
            return null;
        }

        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Creates a token for <paramref name="user"/>; the returned secret is shown once and never stored.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateTokenAsync(User user, string name, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var secret = TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken(user.OrganisationId, user.Id, name, HashSecret(secret), secret[..12], clock.GetUtcNow(), expiresAt);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    /// <summary>
    /// The identity an API token acts as, or null when the token is unknown, revoked or expired, or its user is
    /// disabled. One query on every authenticated API request: the token by its unique hash index, joined to its user
    /// and the user's organisation, projected to the claims' fields. Nothing is cached, so a revoked token stops
    /// working on the next request, on every server.
    /// </summary>
    public async Task<TokenIdentity?> IdentityOfTokenAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var row = await TokenByHash.GetValue(db.Model, _ => CompileTokenByHash())(db, HashSecret(secret), ct);

        // The expiry is compared here: SQLite cannot compare DateTimeOffset columns in SQL.
        return row is not null && (row.ExpiresAt is null || clock.GetUtcNow() < row.ExpiresAt) ? row.Identity : null;
    }

    /// <summary>
    /// The token look-up as a compiled query: EF translates it once instead of building, hashing and looking up its
    /// expression tree on every request. A compiled query serves one model only, so there is one per model (one per
    /// provider in a server; tests use several).
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Func<CorridorDbContext, string, CancellationToken, Task<TokenRow?>>> TokenByHash = new();

    private static Func<CorridorDbContext, string, CancellationToken, Task<TokenRow?>> CompileTokenByHash() =>
        EF.CompileAsyncQuery((CorridorDbContext db, string hash, CancellationToken ct) => db.ApiTokens.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && !t.User!.Disabled)
            .Select(t => new TokenRow(t.ExpiresAt, new TokenIdentity(t.UserId, t.User!.Email, t.User.DisplayName, t.User.Role, t.User.OrganisationId, t.User.Organisation!.Code)))
            .SingleOrDefault());

    private sealed record TokenRow(DateTimeOffset? ExpiresAt, TokenIdentity Identity);

    public static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    private static readonly string DummyHash = Hasher.HashPassword(new User(Guid.NewGuid(), "x@x", "x", Role.Analyst, default), "not-a-password");
}

/// <summary>A password hashed by <see cref="UserAdministration.HashPassword"/>; only such a value can become a user's password.</summary>
public sealed record HashedPassword
{
    internal HashedPassword(string hash) => Hash = hash;

    internal string Hash { get; }
}

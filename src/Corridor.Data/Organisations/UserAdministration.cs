using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Corridor.Audit;
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

    public async Task<Result<Organisation>> CreateOrganisationAsync(string code, string name, CancellationToken ct = default, bool isOperator = false)
    {
        Organisation org;
        try
        {
            org = new Organisation(code, name, clock.GetUtcNow(), isOperator);
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
        PasswordRules.Check(password) is { } refusal
            ? Result<HashedPassword>.Failure($"password: {refusal}")
            : Result<HashedPassword>.Success(new HashedPassword(Hasher.HashPassword(null!, password))); // Identity's hasher does not read the user

    /// <summary>Adds a user to the acting organisation with a password hashed by <see cref="HashPassword"/>.</summary>
    public async Task<Result<User>> AddUserAsync(string email, string displayName, Role role, HashedPassword password, CancellationToken ct = default)
    {
        if (actor.OrganisationId is not { } orgId)
        {
            return Result<User>.Failure("no organisation selected");
        }

        var isOperator = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.IsOperator).SingleAsync(ct);
        if (isOperator != (role == Role.Operator))
        {
            return Result<User>.Failure(isOperator
                ? "role: an operator organisation holds operator users only"
                : "role: operator belongs to the corridor operator's organisation, not to an exporter");
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

    /// <summary>
    /// Checks an e-mail and password across all organisations. A wrong password counts against the account, and the
    /// <see cref="User.LockoutThreshold"/>th in a row locks it for <see cref="User.LockoutDuration"/> (stored on the
    /// user, so every server agrees); a locked account is refused even with the right password. Every refusal is
    /// written to the audit log (entity <c>SignIn</c>, action <c>refused</c>) with its reason.
    /// </summary>
    public async Task<SignInResult> VerifyPasswordAsync(string email, string password, CancellationToken ct = default)
    {
        var normalised = email.Trim().ToLowerInvariant();
        var user = await db.Users.IgnoreQueryFilters().Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Email == normalised, ct);
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled || user.IsLockedOut(now))
        {
            // Hash anyway so that a wrong e-mail takes as long as a wrong password.
            Hasher.VerifyHashedPassword(new User(Guid.NewGuid(), "x@x", "x", Role.Analyst, default), DummyHash, password);
            var outcome = user is null ? SignInOutcome.UnknownEmail : user.Disabled ? SignInOutcome.Disabled : SignInOutcome.LockedOut;
            await AuditSignInAsync(user, normalised, outcome, now, ct);
            return new SignInResult(outcome, null, user?.LockedUntil);
        }

        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var locked = user.RecordFailedSignIn(now);
            var outcome = locked ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword;
            await AuditSignInAsync(user, normalised, outcome, now, ct, save: false);
            await SaveAsActorAsync(user, ct);
            return new SignInResult(outcome, null, user.LockedUntil);
        }

        if (user.FailedSignIns > 0 || user.LockedUntil is not null)
        {
            user.RecordSignIn();
            await SaveAsActorAsync(user, ct);
        }

        return new SignInResult(SignInOutcome.SignedIn, user, null);
    }

    /// <summary>Starts a browser session for a user who has just signed in; the session cookie carries its id.</summary>
    /// <remarks>
    /// Sessions past <see cref="UserSession.MaxLifetime"/> (every user's: they can no longer be used) are deleted first,
    /// so the table holds at most a month of sign-ins.
    /// </remarks>
    public async Task<UserSession> StartSessionAsync(User user, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var expired = now - UserSession.MaxLifetime;
        await db.UserSessions.IgnoreQueryFilters().Where(s => s.CreatedAt < expired).ExecuteDeleteAsync(ct);
        var session = new UserSession(user.OrganisationId, user.Id, now);
        db.UserSessions.Add(session);
        await SaveAsActorAsync(user, ct);
        return session;
    }

    /// <summary>Ends one session (sign-out): its cookie, wherever copied, answers 401 from the next request on.</summary>
    public async Task EndSessionAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is { EndedAt: null })
        {
            session.End(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Disables a user of the acting organisation and, in the same transaction, revokes every token and ends every
    /// session of theirs. Null when no such user is in the organisation.
    /// </summary>
    public async Task<User?> DisableUserAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        user.Disable();
        await RevokeAccessAsync(user.Id, ct);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>
    /// Gives a user of the acting organisation another role; their cookie and tokens act in it from the next request.
    /// Null when no such user; a failure naming the field for an operator role outside an operator organisation (and the
    /// reverse).
    /// </summary>
    public async Task<Result<User>?> ChangeRoleAsync(Guid userId, Role role, CancellationToken ct = default)
    {
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        if (user.Organisation!.IsOperator != (role == Role.Operator))
        {
            return Result<User>.Failure(user.Organisation.IsOperator
                ? "role: an operator organisation holds operator users only"
                : "role: operator belongs to the corridor operator's organisation, not to an exporter");
        }

        user.ChangeRole(role);
        await db.SaveChangesAsync(ct);
        return Result<User>.Success(user);
    }

    /// <summary>Lets a disabled user sign in again (their old tokens and sessions stay revoked). Null when no such user.</summary>
    public async Task<User?> EnableUserAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        user.Enable();
        user.RecordSignIn();
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Revokes every API token and ends every session of a user of the acting organisation; the number of tokens revoked, or null when no such user.</summary>
    public async Task<int?> RevokeTokensAsync(Guid userId, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return null;
        }

        var revoked = await RevokeAccessAsync(userId, ct);
        await db.SaveChangesAsync(ct);
        return revoked;
    }

    private async Task<int> RevokeAccessAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tokens = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct);
        tokens.ForEach(t => t.Revoke(now));
        (await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync(ct)).ForEach(s => s.End(now));
        return tokens.Count;
    }

    /// <summary>
    /// The identity a session cookie acts as, or null when the session is unknown or ended or its user is disabled.
    /// One query by the session's primary key, joined to the user and organisation, on every cookie-authenticated
    /// request (nothing cached), so a disabled or demoted user loses access on the next request, on every server.
    /// </summary>
    public async Task<TokenIdentity?> IdentityOfSessionAsync(Guid sessionId, CancellationToken ct = default) =>
        await SessionById.GetValue(db.Model, _ => CompileSessionById())(db, sessionId, clock.GetUtcNow() - UserSession.MaxLifetime, ct);

    private static readonly ConditionalWeakTable<IModel, Func<CorridorDbContext, Guid, DateTimeOffset, CancellationToken, Task<TokenIdentity?>>> SessionById = new();

    private static Func<CorridorDbContext, Guid, DateTimeOffset, CancellationToken, Task<TokenIdentity?>> CompileSessionById() =>
        EF.CompileAsyncQuery((CorridorDbContext db, Guid id, DateTimeOffset startedAfter, CancellationToken ct) => db.UserSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == id && s.EndedAt == null && s.CreatedAt >= startedAfter && !s.User!.Disabled)
            .Select(s => new TokenIdentity(s.UserId, s.User!.Email, s.User.DisplayName, s.User.Role, s.User.OrganisationId, s.User.Organisation!.Code))
            .SingleOrDefault());

    /// <summary>Saves with the user as the actor (sign-in happens before anyone is authenticated), so the audit log names them.</summary>
    private async Task SaveAsActorAsync(User user, CancellationToken ct)
    {
        var (org, id, name) = (actor.OrganisationId, actor.UserId, actor.Name);
        actor.Set(user.OrganisationId, user.Id, user.Email);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            actor.Set(org, id, name);
        }
    }

    private async Task AuditSignInAsync(User? user, string email, SignInOutcome outcome, DateTimeOffset now, CancellationToken ct, bool save = true)
    {
        var changes = AuditJson.Serialize(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["email"] = email.Length > 254 ? email[..254] : email,
            ["reason"] = outcome.ToString(),
        });
        db.AuditLog.Add(new AuditEntry(now, user?.Id, user?.Email ?? "anonymous", user?.OrganisationId, "SignIn", user?.Id.ToString() ?? "-", "refused", changes));
        if (save)
        {
            await db.SaveChangesAsync(ct);
        }
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

using Corridor.Common;
using Corridor.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Organisations;

/// <summary>
/// A signed-in user changes their own password (decision 037). The current password is required and checked with the
/// same hasher as sign-in (ASP.NET Core Identity's PBKDF2); a wrong one counts against the account like a wrong sign-in
/// (the fifth in a row locks it) and is audited. The new password must pass <see cref="PasswordRules"/> and differ from
/// the current one. On success every other session of the user ends (the one that made the change stays signed in);
/// API tokens are separate credentials and stay, revoked on /account/tokens if need be.
/// </summary>
public sealed class PasswordChange(CorridorDbContext db, TimeProvider clock)
{
    private static readonly PasswordHasher<User> Hasher = new();

    /// <summary>The number of other sessions ended; errors name the field (<c>current</c>, <c>password</c>, <c>confirm</c>).</summary>
    public async Task<Result<int>> ChangeAsync(Guid userId, Guid? currentSession, string? current, string? password, string? confirm, CancellationToken ct = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled)
        {
            return Result<int>.Failure("current: this account cannot change its password");
        }

        if (user.IsLockedOut(now))
        {
            return Result<int>.Failure($"current: too many wrong passwords; try again after {user.LockedUntil:HH:mm} UTC");
        }

        if (string.IsNullOrEmpty(current) || Hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            var locked = user.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            return Result<int>.Failure(locked ? "current: wrong password; the account is now locked for 15 minutes" : "current: wrong password");
        }

        var errors = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password: give the new password");
        }
        else if (password == current)
        {
            errors.Add("password: the new password is the current one");
        }
        else if (password != confirm)
        {
            errors.Add("confirm: the two new passwords differ");
        }

        var hashed = errors.Count == 0 ? UserAdministration.HashPassword(password!) : null;
        if (hashed is { Succeeded: false })
        {
            errors.AddRange(hashed.Errors);
        }

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        user.SetPasswordHash(hashed!.Value.Hash);
        user.RecordSignIn();
        var others = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != currentSession).ToListAsync(ct);
        others.ForEach(s => s.End(now));
        await db.SaveChangesAsync(ct);
        return Result<int>.Success(others.Count);
    }
}

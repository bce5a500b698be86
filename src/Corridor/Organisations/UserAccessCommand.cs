using System.CommandLine;
using Corridor.Cli;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Organisations;

/// <summary>
/// <c>corridor users disable|enable|revoke-tokens --email E</c>: one sealed command per verb over this base, which
/// finds the user in any organisation and acts in that organisation (so the audit log records it there).
/// </summary>
public abstract class UserAccessCommand : Command
{
    private readonly Option<string> _email = new("--email") { Description = "The user's e-mail (sign-in name)", Required = true };

    protected UserAccessCommand(string name, string description)
        : base(name, description)
    {
        Options.Add(_email);
        SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var lookup = await services.SharedScopeAsync(ct);
            var email = parse.GetRequiredValue(_email).Trim().ToLowerInvariant();
            var user = await lookup.ServiceProvider.GetRequiredService<CorridorDbContext>().Users.IgnoreQueryFilters().AsNoTracking().Include(u => u.Organisation)
                .SingleOrDefaultAsync(u => u.Email == email, ct) ?? throw new CliException(ExitCodes.NotFound, $"no user with e-mail '{email}'");
            await using var scope = await services.ScopeAsync(user.Organisation!.Code, ct);
            Console.WriteLine(await ActAsync(scope.ServiceProvider.GetRequiredService<UserAdministration>(), user, ct));
            return ExitCodes.Ok;
        });
    }

    /// <summary>Does the verb; the line to print.</summary>
    protected abstract Task<string> ActAsync(UserAdministration users, User user, CancellationToken ct);
}

/// <summary><c>corridor users disable</c>: the user can no longer sign in; every token and session of theirs stops at once.</summary>
public sealed class DisableUserCommand() : UserAccessCommand("disable", "Disable a user and revoke every API token and session of theirs at once")
{
    protected override async Task<string> ActAsync(UserAdministration users, User user, CancellationToken ct)
    {
        await users.DisableUserAsync(user.Id, ct);
        return $"disabled {user.Email}; every token and session of theirs is revoked";
    }
}

/// <summary><c>corridor users enable</c>.</summary>
public sealed class EnableUserCommand() : UserAccessCommand("enable", "Let a disabled user sign in again (revoked tokens stay revoked)")
{
    protected override async Task<string> ActAsync(UserAdministration users, User user, CancellationToken ct)
    {
        await users.EnableUserAsync(user.Id, ct);
        return $"enabled {user.Email}";
    }
}

/// <summary><c>corridor users revoke-tokens</c>.</summary>
public sealed class RevokeUserTokensCommand() : UserAccessCommand("revoke-tokens", "Revoke every API token and end every session of a user")
{
    protected override async Task<string> ActAsync(UserAdministration users, User user, CancellationToken ct) =>
        $"revoked {await users.RevokeTokensAsync(user.Id, ct)} token(s) of {user.Email} and ended their sessions";
}

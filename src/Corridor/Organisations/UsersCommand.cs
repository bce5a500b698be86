using System.CommandLine;
using Corridor.Cli;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Organisations;

/// <summary><c>corridor users add|list|token|disable|enable|revoke-tokens</c>.</summary>
public sealed class UsersCommand : Command
{
    public UsersCommand()
        : base("users", "Manage organisations, users and API tokens")
    {
        Subcommands.Add(new AddUserCommand());
        Subcommands.Add(new ListUsersCommand());
        Subcommands.Add(new TokenCommand());
        Subcommands.Add(new DisableUserCommand());
        Subcommands.Add(new EnableUserCommand());
        Subcommands.Add(new RevokeUserTokensCommand());
    }

    internal static Option<Role> RoleOption() => new("--role")
    {
        Description = "admin, export-manager, compliance-officer, logistics-planner or analyst; operator in an --operator organisation",
        Required = true,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (Roles.TryParse(text, out var role))
            {
                return role;
            }

            r.AddError($"'{text}' is not a role; use admin, export-manager, compliance-officer, logistics-planner or analyst");
            return default;
        },
    };
}

/// <summary><c>corridor users add</c>.</summary>
public sealed class AddUserCommand : Command
{
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: true);
    private readonly Option<string?> _createOrganisation = new("--create-organisation") { Description = "Create the organisation first, with this display name" };
    private readonly Option<bool> _operator = new("--operator") { Description = "With --create-organisation: the corridor operator's organisation (operator users, who write shared reference data)" };
    private readonly Option<string> _email = new("--email") { Description = "E-mail address; the sign-in name", Required = true };
    private readonly Option<string?> _name = new("--name") { Description = "Display name (default: the e-mail)" };
    private readonly Option<Role> _role = UsersCommand.RoleOption();
    private readonly Option<string?> _password = new("--password") { Description = $"At least {UserAdministration.MinimumPasswordLength} characters; default: read from the CORRIDOR_PASSWORD environment variable" };

    public AddUserCommand()
        : base("add", "Add a user to an organisation")
    {
        Options.Add(_organisation);
        Options.Add(_createOrganisation);
        Options.Add(_operator);
        Options.Add(_email);
        Options.Add(_name);
        Options.Add(_role);
        Options.Add(_password);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        var code = parse.GetRequiredValue(_organisation);
        if (parse.GetValue(_createOrganisation) is { } orgName)
        {
            await using var setup = await services.SharedScopeAsync(ct);
            var created = await setup.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrganisationAsync(code, orgName, ct, parse.GetValue(_operator));
            if (!created.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, created.Errors[0]);
            }
        }

        var password = parse.GetValue(_password) ?? Environment.GetEnvironmentVariable("CORRIDOR_PASSWORD")
            ?? throw new CliException(ExitCodes.Usage, "give --password or set CORRIDOR_PASSWORD");
        await using var scope = await services.ScopeAsync(code, ct);
        var email = parse.GetRequiredValue(_email);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddUserAsync(email, parse.GetValue(_name) ?? email, parse.GetValue(_role), password, ct);
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, result.Errors[0]);
        }

        Console.WriteLine($"added {result.Value.Email} ({result.Value.Role.ToKebab()}) to {code.ToUpperInvariant()}");
        return ExitCodes.Ok;
    }
}

/// <summary><c>corridor users list</c>.</summary>
public sealed class ListUsersCommand : Command
{
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: true);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ListUsersCommand()
        : base("list", "List the users of an organisation")
    {
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var scope = await services.ScopeAsync(parse.GetRequiredValue(_organisation), ct);
            var users = await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
            Output.Write(parse.GetValue(_format), users,
                Output.Col<User>("email", u => u.Email), Output.Col<User>("name", u => u.DisplayName),
                Output.Col<User>("role", u => u.Role.ToKebab()), Output.Col<User>("created_at", u => u.CreatedAt), Output.Col<User>("disabled", u => u.Disabled));
            return ExitCodes.Ok;
        });
    }
}

/// <summary><c>corridor users token</c>: prints a new API token for a user once.</summary>
public sealed class TokenCommand : Command
{
    private readonly Option<string> _email = new("--email") { Description = "The user the token acts as", Required = true };
    private readonly Option<string> _name = new("--name") { Description = "A name to recognise the token by", DefaultValueFactory = _ => "cli" };
    private readonly Option<int?> _days = new("--expires-in-days") { Description = "Days until the token expires (default: never)" };

    public TokenCommand()
        : base("token", "Create an API token for a user; the token is printed once")
    {
        Options.Add(_email);
        Options.Add(_name);
        Options.Add(_days);
        _days.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is <= 0 or > 3650)
            {
                r.AddError("--expires-in-days must be between 1 and 3650");
            }
        });
        SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var lookup = await services.SharedScopeAsync(ct);
            var email = parse.GetRequiredValue(_email).Trim().ToLowerInvariant();
            var user = await lookup.ServiceProvider.GetRequiredService<CorridorDbContext>().Users.IgnoreQueryFilters().Include(u => u.Organisation)
                .SingleOrDefaultAsync(u => u.Email == email, ct) ?? throw new CliException(ExitCodes.NotFound, $"no user with e-mail '{email}'");
            await using var scope = await services.ScopeAsync(user.Organisation!.Code, ct);
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var days = parse.GetValue(_days);
            var (_, secret) = await users.CreateTokenAsync(user, parse.GetValue(_name)!, days is { } d ? clock.GetUtcNow().AddDays(d) : null, ct);
            Console.WriteLine(secret);
            return ExitCodes.Ok;
        });
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Corridor.Cli;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Storage;

namespace Corridor.Web;

/// <summary>
/// <c>corridor demo</c>: a fresh SQLite database with the reference scenario, a demo organisation with one
/// user per role (passwords printed), and the web application serving it.
/// </summary>
public sealed class DemoCommand : Command
{
    public const string OrganisationCode = "DEMO";

    private readonly Option<int> _port = ServeCommand.PortOption();
    private readonly Option<string?> _data = new("--data") { Description = "Folder of reference data (default: data/reference of the Corridor checkout)" };
    private readonly Option<bool> _setupOnly = new("--setup-only") { Description = "Prepare the database and users, print them, and exit without serving" };

    public DemoCommand()
        : base("demo", "Create a fresh demo database with the reference scenario and one user per role, then serve it")
    {
        Options.Add(_port);
        Options.Add(_data);
        Options.Add(_setupOnly);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var database = parse.GetValue(CommonOptions.Database) ?? Path.Combine(DatabaseLocation.DefaultHome(), "demo.db");
        var location = DatabaseLocation.Resolve(database);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            DatabaseMigrator.DeleteSqliteFile(location.Display);
        }

        var dataFolder = parse.GetValue(_data) ?? FindReferenceData()
            ?? throw new CliException(ExitCodes.Usage, "cannot find data/reference; give --data FOLDER");
        var accounts = await SetUpAsync(database, dataFolder, ct);

        Console.WriteLine($"Demo database: {location.Display}");
        Console.WriteLine($"Reference data: {dataFolder}");
        Output.Write(OutputFormat.Table, accounts,
            Output.Col<(string Email, string Role, string Password)>("e-mail", a => a.Email),
            Output.Col<(string Email, string Role, string Password)>("role", a => a.Role),
            Output.Col<(string Email, string Role, string Password)>("password", a => a.Password));
        if (parse.GetValue(_setupOnly))
        {
            return ExitCodes.Ok;
        }

        var app = WebServer.Build(database, parse.GetValue(_port));
        await app.StartAsync(ct);
        Console.WriteLine($"Corridor demo is serving {app.Urls.First()}  (ready in {clock.Elapsed.TotalSeconds:0.0} s; sign in with a user above; Ctrl+C stops it)");
        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Ok;
    }

    /// <summary>Migrates, creates the DEMO organisation and its users, and imports the reference data into it.</summary>
    internal static async Task<List<(string Email, string Role, string Password)>> SetUpAsync(string database, string dataFolder, CancellationToken ct)
    {
        await using var services = CliServices.Create(database);
        await using (var setup = await services.ScopeAsync(null, ct))
        {
            var created = await setup.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrganisationAsync(OrganisationCode, "Demo Exporter", ct);
            if (!created.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, created.Errors[0]);
            }
        }

        await using var scope = await services.ScopeAsync(OrganisationCode, ct);
        var result = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(dataFolder, null, ct);
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, "the reference data does not import:\n" + string.Join("\n", result.Errors));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var accounts = new List<(string, string, string)>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var email = $"{role.ToKebab()}@demo.corridor";
            var password = NewPassword();
            var added = await users.AddUserAsync(email, $"Demo {role.ToKebab().Replace('-', ' ')}", role, password, ct);
            if (!added.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, added.Errors[0]);
            }

            accounts.Add((email, role.ToKebab(), password));
        }

        return accounts;
    }

    /// <summary>Walks up from the working directory and from the executable to find <c>data/reference</c>.</summary>
    internal static string? FindReferenceData()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "reference");
                if (File.Exists(Path.Combine(candidate, "makers.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(14, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}

using System.CommandLine;
using System.Diagnostics;
using Corridor.Cli;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace Corridor.Web;

/// <summary>
/// <c>corridor demo</c>: a fresh database with the reference scenario, a demo organisation with one user per role
/// (passwords printed), the sanctions lists it finds loaded, and the web
/// application serving it. It uses the one default database every other verb uses (decision 030), and refuses to
/// replace a SQLite file that holds any organisation other than DEMO.
/// </summary>
public sealed class DemoCommand : Command
{
    public const string OrganisationCode = "DEMO";

    /// <summary>The demo's corridor operator, which holds the operator user (shared reference data).</summary>
    public const string OperatorOrganisationCode = "OPERATOR";

    private readonly Option<int> _port = ServeCommand.PortOption();
    private readonly Option<string?> _data = new("--data") { Description = "Folder of reference data (default: data/reference of the Corridor checkout)" };
    private readonly Option<bool> _setupOnly = new("--setup-only") { Description = "Prepare the database and users, print them, and exit without serving" };
    private readonly Option<bool> _noHistory = new("--no-history") { Description = "Do not generate the demo's shipment history (the analytics dashboard stays empty until `corridor generate`)" };
    private readonly Option<string?> _lists = new("--lists") { Description = "Folder of sanctions lists in their published formats (un/consolidated.xml, ofac-consolidated/); default: shared/data/sanctions next to the checkout when present" };

    public DemoCommand()
        : base("demo", "Create a fresh demo database with the reference scenario and one user per role, then serve it")
    {
        Options.Add(_port);
        Options.Add(_data);
        Options.Add(_setupOnly);
        Options.Add(_lists);
        Options.Add(_noHistory);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        StartupTimings.Mark("demo action");
        var location = DatabaseLocation.Resolve(parse.GetValue(CommonOptions.Database));
        var database = location.Provider == DatabaseProvider.Sqlite ? location.Display : location.ConnectionString;
        _ = CorridorDbContextFactory.PrepareModelAsync(location.Provider);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            if (OtherOrganisations(location.Display) is { Count: > 0 } others)
            {
                throw new CliException(ExitCodes.Conflict,
                    $"{location.Display} holds organisation(s) {string.Join(", ", others)}; the demo would replace it. Give the demo a database of its own with --database PATH");
            }

            DatabaseMigrator.DeleteSqliteFile(location.Display);
        }

        var dataFolder = parse.GetValue(_data) ?? FindReferenceData()
            ?? throw new CliException(ExitCodes.Usage, "cannot find data/reference; give --data FOLDER");

        // Three independent pieces of work share the two cores: the web server is built and started and the
        // passwords are hashed (PBKDF2 is slow on purpose) while the database is migrated and imported. The
        // server answers 503 to everything, /health included, until the database is ready.
        // The server starts once the schema exists (its data-protection keys live in the database), and writes its
        // first key before the import starts: the import holds SQLite's write lock for its whole transaction, and a
        // key written during it would wait for the lock. The passwords are hashed on the server's thread once it is
        // up, when that core would otherwise idle; hashed at once, they took the cores from the migration.
        var migrated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var keyed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lists = parse.GetValue(_lists) ?? FindSanctionsLists();
        var serving = parse.GetValue(_setupOnly) ? null : Task.Run(() => StartServerAsync(database, parse.GetValue(_port), migrated.Task, keyed, ready.Task, ct), ct);
        var hashing = serving is null
            ? Task.Run(() => DemoAccounts.Create(parallel: true), ct)
            : serving.ContinueWith(_ => DemoAccounts.Create(parallel: false), ct, TaskContinuationOptions.None, TaskScheduler.Default);
        List<DemoAccount> accounts;
        try
        {
            // with --setup-only the history is part of the set-up; a serving demo generates it once it answers (issue 18's
            // dashboard that is not empty, without giving up the start-up goal of docs/benchmarks.md)
            var history = !parse.GetValue(_noHistory);
            accounts = await SetUpAsync(database, dataFolder, lists, hashing, migrated, serving is null ? Task.CompletedTask : keyed.Task, history && serving is null, ct);
            ready.SetResult();
        }
        catch (Exception ex)
        {
            migrated.TrySetException(ex);
            ready.SetException(ex);
            await StopAsync(serving);
            throw;
        }

        Console.WriteLine($"Demo database: {location.Display}");
        Console.WriteLine($"Reference data: {dataFolder}");
        Console.WriteLine(LastListNote);
        if (LastHistoryNote.Length > 0)
        {
            Console.WriteLine(LastHistoryNote);
        }
        Output.Write(OutputFormat.Table, accounts,
            Output.Col<DemoAccount>("e-mail", a => a.Email),
            Output.Col<DemoAccount>("role", a => a.Role.ToKebab()),
            Output.Col<DemoAccount>("password", a => a.Password));
        if (serving is null)
        {
            return ExitCodes.Ok;
        }

        var app = await serving;
        Console.WriteLine($"Corridor demo is serving {app.Urls.First()}  (ready in {clock.Elapsed.TotalSeconds:0.0} s; sign in with a user above; Ctrl+C stops it)");
        if (!parse.GetValue(_noHistory))
        {
            Console.WriteLine("Generating a modest shipment history in the background; the analytics dashboard fills in when it is done.");
            _ = Task.Run(() => GenerateHistoryInBackgroundAsync(database, ct), ct);
        }

        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Ok;
    }

    private static async Task<WebApplication> StartServerAsync(string database, int port, Task migrated, TaskCompletionSource keyed, Task ready, CancellationToken ct)
    {
        try
        {
            StartupTimings.Mark("server build");
            var app = WebServer.Build(database, port, ready);
            StartupTimings.Mark("server built");
            await migrated;
            // The first protector use creates and stores the key ring's first key; the hosted service then finds it.
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("corridor.demo").Protect("key ring ready"u8.ToArray());
            keyed.SetResult();
            StartupTimings.Mark("keyed");
            await app.StartAsync(ct);
            StartupTimings.Mark("started");
            return app;
        }
        catch (Exception ex)
        {
            keyed.TrySetException(ex);
            throw;
        }
    }

    private static async Task StopAsync(Task<WebApplication>? serving)
    {
        if (serving is null)
        {
            return;
        }

        try
        {
            await using var app = await serving;
            await app.StopAsync();
        }
        catch (Exception)
        {
            // The set-up failure is the error worth reporting; a server that did not start has nothing to stop.
        }
    }

    /// <summary>Migrates, creates the DEMO organisation and its users, and imports the reference data into it.</summary>
    internal static Task<List<DemoAccount>> SetUpAsync(string database, string dataFolder, CancellationToken ct) =>
        SetUpAsync(database, dataFolder, null, ct);

    /// <summary>As <see cref="SetUpAsync(string, string, CancellationToken)"/>, loading the sanctions lists of <paramref name="lists"/> (a folder laid out as shared/data/sanctions) when given.</summary>
    internal static Task<List<DemoAccount>> SetUpAsync(string database, string dataFolder, string? lists, CancellationToken ct) =>
        SetUpAsync(database, dataFolder, lists, Task.Run(() => DemoAccounts.Create(parallel: true), ct), null, Task.CompletedTask, history: false, ct);

    /// <summary>As <see cref="SetUpAsync(string, string, CancellationToken)"/>, with the demo's generated shipment history (as <c>corridor demo</c> does).</summary>
    internal static Task<List<DemoAccount>> SetUpWithHistoryAsync(string database, string dataFolder, CancellationToken ct) =>
        SetUpAsync(database, dataFolder, null, Task.Run(() => DemoAccounts.Create(parallel: true), ct), null, Task.CompletedTask, history: true, ct);

    /// <summary>The demo's generated history: ship dates from <see cref="HistoryFrom"/> to the start of the current month, at this scale of the programme.</summary>
    internal static readonly DateOnly HistoryFrom = new(2023, 1, 1);

    internal const double HistoryScale = 0.05;

    /// <summary>The first ship day the demo does not generate: the first of the current month (UTC).</summary>
    internal static DateOnly HistoryUntil(DateTimeOffset now) => new(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);

    /// <param name="accounts">The accounts to add once the data is in, hashed meanwhile.</param>
    /// <param name="migrated">Completed as soon as the schema exists.</param>
    /// <param name="beforeImport">Awaited before the import takes the database's write lock.</param>
    /// <param name="history">Whether to generate the demo's shipment history (labelled as generated on the analytics pages).</param>
    private static async Task<List<DemoAccount>> SetUpAsync(string database, string dataFolder, string? lists, Task<List<DemoAccount>> accounts,
        TaskCompletionSource? migrated, Task beforeImport, bool history, CancellationToken ct)
    {
        await using var services = CliServices.Create(database);
        await using (var setup = await services.SharedScopeAsync(ct))
        {
            migrated?.TrySetResult();
            StartupTimings.Mark("migrated");
            var created = await setup.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrganisationAsync(OrganisationCode, "Demo Exporter", ct);
            StartupTimings.Mark("org created");
            if (!created.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, created.Errors[0]);
            }

            var op = await setup.ServiceProvider.GetRequiredService<UserAdministration>()
                .CreateOrganisationAsync(OperatorOrganisationCode, "Corridor Operator", ct, isOperator: true);
            if (!op.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, op.Errors[0]);
            }
        }

        await using var scope = await services.ScopeAsync(OrganisationCode, ct);
        await beforeImport;
        var result = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(dataFolder, null, ct);
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, "the reference data does not import:\n" + string.Join("\n", result.Errors));
        }

        StartupTimings.Mark("imported");
        LastListNote = await DemoSanctionsLists.LoadAsync(scope.ServiceProvider, lists, ct);
        StartupTimings.Mark("lists loaded");
        LastHistoryNote = history ? await GenerateHistoryAsync(scope.ServiceProvider, ct) : "";

        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        foreach (var account in (await accounts).Where(a => a.Role != Role.Operator))
        {
            var added = await users.AddUserAsync(account.Email, $"Demo {account.Role.ToKebab().Replace('-', ' ')}", account.Role, account.Hash, ct);
            if (!added.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, added.Errors[0]);
            }
        }

        await using (var operatorScope = await services.ScopeAsync(OperatorOrganisationCode, ct))
        {
            var operators = operatorScope.ServiceProvider.GetRequiredService<UserAdministration>();
            foreach (var account in (await accounts).Where(a => a.Role == Role.Operator))
            {
                var added = await operators.AddUserAsync(account.Email, "Demo operator", account.Role, account.Hash, ct);
                if (!added.Succeeded)
                {
                    throw new CliException(ExitCodes.Conflict, added.Errors[0]);
                }
            }
        }

        StartupTimings.Mark("users added");
        return await accounts;
    }

    /// <summary>
    /// A modest history so that the analytics dashboard has something to show (labelled as generated on the analytics
    /// pages; `corridor generate` replaces it); returns the sentence the console prints.
    /// </summary>
    private static async Task<string> GenerateHistoryAsync(IServiceProvider services, CancellationToken ct)
    {
        var until = HistoryUntil(DateTimeOffset.UtcNow);
        var generated = await services.GetRequiredService<Corridor.Analytics.HistoryService>().GenerateAsync(HistoryFrom, until, HistoryScale, 1, null, ct);
        StartupTimings.Mark("history generated");
        return $"Generated history: {generated.Lines:N0} shipment lines shipped {HistoryFrom:yyyy-MM-dd} to {until.AddDays(-1):yyyy-MM-dd} at {HistoryScale} × the programme " +
            $"in {(generated.Generation + generated.Rollups).TotalSeconds:0.0} s (labelled as generated on the analytics pages; `corridor generate` replaces it, `--no-history` skips it)";
    }

    /// <summary>The history of a serving demo, generated once the server answers so that it does not delay start-up.</summary>
    private static async Task GenerateHistoryInBackgroundAsync(string database, CancellationToken ct)
    {
        try
        {
            await using var services = CliServices.Create(database);
            await using var scope = await services.ScopeAsync(OrganisationCode, ct);
            Console.WriteLine(await GenerateHistoryAsync(scope.ServiceProvider, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"the demo's shipment history was not generated: {ex.Message} (`corridor generate` makes one)");
        }
    }

    /// <summary>What the last set-up generated as shipment history, as a sentence for the console (empty when none).</summary>
    internal static string LastHistoryNote { get; private set; } = "";

    /// <summary>What the last set-up did about sanctions lists, as a sentence for the console.</summary>
    internal static string LastListNote { get; private set; } = "";

    /// <summary>The codes of the organisations other than DEMO in an existing SQLite file; empty when the file is missing or has no schema yet.</summary>
    private static List<string> OtherOrganisations(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'organisations'";
        if (command.ExecuteScalar() is null)
        {
            return [];
        }

        command.CommandText = "SELECT code FROM organisations WHERE code NOT IN ($demo, $operator) ORDER BY code";
        command.Parameters.AddWithValue("$demo", OrganisationCode);
        command.Parameters.AddWithValue("$operator", OperatorOrganisationCode);
        var codes = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>Walks up from the working directory and from the executable to find <c>shared/data/sanctions</c> (the lists the demo may load by path, never copied).</summary>
    internal static string? FindSanctionsLists()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "sanctions"), Path.Combine(dir.FullName, "..", "shared", "data", "sanctions") })
                {
                    if (File.Exists(Path.Combine(candidate, "SOURCES.md")))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        return null;
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

}

using Corridor.Cli;

namespace Corridor.Tests.Support;

/// <summary>
/// What a test with real <c>corridor</c> processes needs: a home folder of its own, a fresh PostgreSQL database, the
/// command line against it and the servers it started; all removed on dispose.
/// </summary>
public sealed class ServerWorkspace(string name) : IAsyncDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "corridor-tests", $"{name}-{Guid.NewGuid():N}");
    private readonly List<ServerProcess> _servers = [];
    private TestDatabase? _db;

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" };

    public string ConnectionString => (_db ?? throw new InvalidOperationException("no database yet: call CreateDatabaseAsync")).Location.ConnectionString;

    public IReadOnlyList<ServerProcess> Servers => _servers;

    /// <summary>Creates and migrates a PostgreSQL database (through <c>corridor db migrate</c>).</summary>
    public async Task CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_home);
        _db = await TestDatabase.CreatePostgresAsync();
        await CliAsync("db", "migrate", "--database", ConnectionString);
    }

    /// <summary>Runs <c>corridor ARGS</c> and returns its standard output; fails the test when it does not exit 0.</summary>
    public async Task<string> CliAsync(params string[] args)
    {
        var outcome = await CorridorProcess.RunAsync(Environment, args);
        Assert.True(outcome.ExitCode == ExitCodes.Ok, $"corridor {string.Join(' ', args.Take(2))} exited {outcome.ExitCode}: {outcome.Stderr}");
        return outcome.Stdout;
    }

    /// <summary>Starts <paramref name="count"/> <c>corridor serve</c> processes on the database and waits until each answers /health.</summary>
    public async Task StartServersAsync(int count)
    {
        for (var s = 0; s < count; s++)
        {
            _servers.Add(ServerProcess.Start(ConnectionString, Environment));
        }

        await Task.WhenAll(_servers.Select(s => s.WaitHealthyAsync(TimeSpan.FromSeconds(90))));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _servers)
        {
            s.Dispose();
        }

        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }
}

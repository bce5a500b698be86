using Corridor.Import;
using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Cli;

/// <summary>The services a command-line verb uses: the same storage, importers and feature services as the server.</summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private bool _migrate;

    private CliServices(ServiceProvider root, bool migrate)
    {
        _root = root;
        _migrate = migrate;
    }

    /// <param name="database">The --database value, or null for the default location.</param>
    /// <param name="migrate">Apply pending migrations before the first scope is used (the database is created on first use).</param>
    public static CliServices Create(string? database, bool migrate = true)
    {
        var location = DatabaseLocation.Resolve(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCorridorStorage(_ => location);
        services.AddCorridorImport();
        services.AddCorridorFeatures();
        return new CliServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), migrate);
    }

    public DatabaseLocation Location => _root.GetRequiredService<DatabaseLocation>();

    /// <summary>A scope acting as the command-line user in <paramref name="organisationCode"/> (or in no organisation).</summary>
    public async Task<AsyncServiceScope> ScopeAsync(string? organisationCode, CancellationToken ct)
    {
        if (_migrate)
        {
            _migrate = false;
            await using var setup = _root.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(setup.ServiceProvider.GetRequiredService<CorridorDbContext>(), ct);
        }

        var scope = _root.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<ActorContext>();
        var name = $"cli:{Environment.UserName}";
        if (organisationCode is null)
        {
            actor.Set(null, null, name);
            return scope;
        }

        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var org = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == organisationCode.ToUpperInvariant(), ct);
        if (org is null)
        {
            await scope.DisposeAsync();
            throw new CliException(ExitCodes.NotFound, $"no organisation with code '{organisationCode}' (create one with 'corridor users add --organisation {organisationCode} --create-organisation ...')");
        }

        actor.Set(org.Id, null, name);
        return scope;
    }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}

/// <summary>An expected failure of a verb: printed to stderr, exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

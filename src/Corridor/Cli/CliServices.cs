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

    /// <summary>Used when <c>--organisation</c> is not given; see <see cref="ScopeAsync"/>.</summary>
    public const string OrganisationVariable = "CORRIDOR_ORGANISATION";

    /// <summary>A scope acting as the command-line user in no organisation (shared reference data, the screening lists).</summary>
    public async Task<AsyncServiceScope> SharedScopeAsync(CancellationToken ct)
    {
        var scope = await NewScopeAsync(ct);
        scope.ServiceProvider.GetRequiredService<ActorContext>().Set(null, null, ActorName);
        return scope;
    }

    /// <summary>
    /// The one way a verb finds its organisation: the scope acts as the command-line user in the organisation named by
    /// <c>--organisation</c> (<paramref name="organisationCode"/>), else by <c>$CORRIDOR_ORGANISATION</c>, else in the
    /// database's only client organisation; several or none without a name is a usage error, an unknown code not found.
    /// </summary>
    public async Task<AsyncServiceScope> ScopeAsync(string? organisationCode, CancellationToken ct)
    {
        organisationCode ??= Environment.GetEnvironmentVariable(OrganisationVariable) is { Length: > 0 } env ? env : null;
        var scope = await NewScopeAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        if (organisationCode is null)
        {
            var codes = await db.Organisations.AsNoTracking().Where(o => !o.IsOperator).Select(o => o.Code).ToListAsync(ct);
            if (codes.Count != 1)
            {
                await scope.DisposeAsync();
                throw new CliException(ExitCodes.Usage, codes.Count == 0
                    ? "the database has no organisation; create one or run 'corridor demo'"
                    : $"the database has several organisations ({string.Join(", ", codes.Order(StringComparer.Ordinal))}); name one with --organisation or ${OrganisationVariable}");
            }

            organisationCode = codes[0];
        }

        var org = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == organisationCode.ToUpperInvariant(), ct);
        if (org is null)
        {
            await scope.DisposeAsync();
            throw new CliException(ExitCodes.NotFound, $"no organisation with code '{organisationCode}' (create one with 'corridor users add --organisation {organisationCode} --create-organisation ...')");
        }

        scope.ServiceProvider.GetRequiredService<ActorContext>().Set(org.Id, null, ActorName);
        return scope;
    }

    private static string ActorName => $"cli:{Environment.UserName}";

    private async Task<AsyncServiceScope> NewScopeAsync(CancellationToken ct)
    {
        if (_migrate)
        {
            _migrate = false;
            await using var setup = _root.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(setup.ServiceProvider.GetRequiredService<CorridorDbContext>(), ct);
        }

        return _root.CreateAsyncScope();
    }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}

/// <summary>An expected failure of a verb: printed to stderr, exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

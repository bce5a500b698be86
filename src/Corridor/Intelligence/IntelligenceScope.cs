using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary>The services of one intelligence verb: the CLI services and a scope acting in the organisation.</summary>
internal static class IntelligenceScope
{
    public static async Task<int> RunAsync(string? database, string? organisation, Func<IServiceProvider, Task<int>> action, CancellationToken ct)
    {
        await using var services = CliServices.Create(database);
        await using var scope = await services.ScopeAsync(organisation, ct);
        return await action(scope.ServiceProvider);
    }
}

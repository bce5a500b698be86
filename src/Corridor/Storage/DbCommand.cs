using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Storage;

/// <summary><c>corridor db migrate</c>: creates or upgrades the database schema.</summary>
public sealed class DbCommand : Command
{
    public DbCommand()
        : base("db", "Database administration")
    {
        var migrate = new Command("migrate", "Apply the schema migrations of the database's provider (SQLite creates the file)");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database), migrate: false);
            await using var scope = await services.SharedScopeAsync(ct);
            var applied = await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CorridorDbContext>(), ct);
            Console.WriteLine(applied.Count == 0
                ? $"{services.Location.Display}: up to date"
                : $"{services.Location.Display}: applied {string.Join(", ", applied)}");
            return ExitCodes.Ok;
        });
        Subcommands.Add(migrate);
    }
}

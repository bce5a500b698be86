using System.CommandLine;
using Corridor.Analytics;
using Corridor.Compliance;
using Corridor.Import;
using Corridor.Logistics;
using Corridor.MarketAccess;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;

namespace Corridor.Cli;

/// <summary>The root of the <c>corridor</c> command line. Each verb is one sealed <see cref="Command"/> class in its feature folder.</summary>
public static class CorridorCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Corridor: an automotive export programme over a multimodal trade corridor — catalogue, market access, screening, trade, logistics, documents and analytics.");
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(new DemoCommand());
        root.Subcommands.Add(new ServeCommand());
        root.Subcommands.Add(new DbCommand());
        root.Subcommands.Add(new ImportCommand());
        root.Subcommands.Add(new ExportCommand());
        root.Subcommands.Add(new UsersCommand());
        root.Subcommands.Add(new AccessCommand());
        root.Subcommands.Add(new ListsCommand());
        root.Subcommands.Add(new ScreenCommand());
        root.Subcommands.Add(new ScreeningCommand());
        root.Subcommands.Add(new RouteCommand());
        root.Subcommands.Add(new PlanCommand());
        root.Subcommands.Add(new ScenarioCommand());
        root.Subcommands.Add(new GenerateCommand());
        root.Subcommands.Add(new ReportCommand());
        root.Subcommands.Add(new OrderCommand());
        root.Subcommands.Add(new Documents.DocumentsCommand());
        root.Subcommands.Add(new Intelligence.ArticlesCommand());
        root.Subcommands.Add(new Intelligence.FactsCommand());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Output.Error(error.Message);
            }

            Console.Error.WriteLine($"see: corridor {string.Join(' ', parse.CommandResult.Command.Name == "corridor" ? [] : [parse.CommandResult.Command.Name])} --help".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM while starting or working: a normal way to stop.
            return ExitCodes.Ok;
        }
        catch (CliException ex)
        {
            Output.Error(ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or System.Net.Sockets.SocketException)
        {
            Output.Error($"the database cannot be used: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}

using Corridor.Cli;
using Corridor.Web;

namespace Corridor;

/// <summary>
/// The <c>corridor</c> executable: the command-line tool, and through <c>serve</c> and <c>demo</c> the web server.
/// </summary>
public partial class Program
{
    public static Task<int> Main(string[] args)
    {
        // The ASP.NET Core test host starts the entry point with host settings only (--key=value, no verb);
        // that, and only that, starts the web application directly.
        if (args.Length > 0 && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))
        {
            return CorridorWebApp.RunForHostAsync(args);
        }

        return CorridorCli.RunAsync(args);
    }
}

using System.Text.Json;
using Corridor.Cli;
using Corridor.Tests.Support;

namespace Corridor.Tests.Logistics;

public sealed class LogisticsCliTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "corridor-tests", "cli-logistics-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Env => new() { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" };

    public void Dispose()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    [Fact]
    public async Task Route_AsJson_ListsOptionsWithLegsCostAndEtas_AndPlanAndScenarioWork()
    {
        var net = Path.Combine(_home, "net");
        Directory.CreateDirectory(net);
        foreach (var f in new[] { "nodes.csv", "links.csv", "border-crossings.csv", "services.csv", "emission-factors.csv" })
        {
            File.Copy(Path.Combine(ReferenceNetwork.Folder, f), Path.Combine(net, f));
        }

        Assert.Equal(ExitCodes.Ok, (await CorridorProcess.RunAsync(Env, ["import", net])).ExitCode);

        var route = await CorridorProcess.RunAsync(Env, ["route", "--from", "IKCO-TEHRAN", "--to", "RU-MOSCOW", "--vehicles", "300", "--ready", "2027-02-01", "--due", "2027-03-01", "--objective", "cheapest", "--format", "json"]);
        Assert.Equal(ExitCodes.Ok, route.ExitCode);
        using (var doc = JsonDocument.Parse(route.Stdout))
        {
            var first = doc.RootElement[0];
            Assert.True(first.GetProperty("legs").GetArrayLength() > 0);
            Assert.True(first.GetProperty("cost").GetProperty("amount").GetDecimal() > 0);
            Assert.True(first.GetProperty("eta_p90").GetDateTimeOffset() >= first.GetProperty("eta_p50").GetDateTimeOffset());
        }

        var examples = Path.Combine(ReferenceNetwork.RepositoryRoot(), "docs", "examples");
        Assert.Equal(ExitCodes.Ok, (await CorridorProcess.RunAsync(Env, ["scenario", "create", "RASHT-ASTARA", "--changes", Path.Combine(examples, "scenario-rasht-astara-rail.json")])).ExitCode);
        var plan = await CorridorProcess.RunAsync(Env, ["plan", "--demand", Path.Combine(examples, "plan-demand.csv"), "--scenario", "RASHT-ASTARA", "--format", "json"]);
        Assert.Equal(ExitCodes.Ok, plan.ExitCode);
        Assert.Contains("\"solver\": \"OPTIMAL\"", plan.Stdout, StringComparison.Ordinal);
        var compare = await CorridorProcess.RunAsync(Env, ["scenario", "compare", "BASELINE", "RASHT-ASTARA", "--ready", "2027-04-05", "--format", "csv"]);
        Assert.Equal(ExitCodes.Ok, compare.ExitCode);
        Assert.Contains("RASHT-ASTARA", compare.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_WithBothCargoKinds_IsAUsageError()
    {
        var outcome = await CorridorProcess.RunAsync(Env, ["route", "--from", "A", "--to", "B", "--vehicles", "3", "--tonnes", "2", "--ready", "2027-01-01", "--format", "json"]);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("exactly one of --vehicles and --tonnes", outcome.Stderr, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Corridor.Cli;
using Corridor.Tests.Support;

namespace Corridor.Tests.MarketAccess;

/// <summary>The <c>corridor access</c> verbs in exactly the forms scripts rely on, run as a separate process on a demo database.</summary>
public sealed class AccessCliTests(AccessCliTests.DemoDatabase demo) : IClassFixture<AccessCliTests.DemoDatabase>
{
    /// <summary>A demo database (one organisation, DEMO, with the reference data) shared by the tests of the class.</summary>
    public sealed class DemoDatabase : IAsyncLifetime
    {
        public string Home { get; } = Path.Combine(Path.GetTempPath(), "corridor-tests", "access-cli-" + Guid.NewGuid().ToString("N"));

        public string Database => Path.Combine(Home, "corridor.db");

        public Dictionary<string, string> Env => new() { ["CORRIDOR_HOME"] = Home, ["CORRIDOR_DATABASE"] = Database, ["CORRIDOR_ORGANISATION"] = "" };

        public async Task InitializeAsync()
        {
            var setup = await CorridorProcess.RunAsync(new Dictionary<string, string> { ["CORRIDOR_HOME"] = Home, ["CORRIDOR_DATABASE"] = "" }, "demo", "--setup-only", "--data", Fixtures.ReferenceData);
            Assert.True(setup.ExitCode == ExitCodes.Ok, setup.Stderr);
        }

        public Task DisposeAsync()
        {
            if (Directory.Exists(Home))
            {
                Directory.Delete(Home, recursive: true);
            }

            return Task.CompletedTask;
        }
    }

    private Task<CorridorProcess.Outcome> Run(params string[] args) => CorridorProcess.RunAsync(demo.Env, args);

    [Fact]
    public async Task Check_Json_HasEligibleAndReasonsWithRuleSinceMessage()
    {
        var outcome = await Run("access", "check", "--model", "SAMAND", "--market", "RU", "--date", "2012-01-01", "--format", "json");
        Assert.True(outcome.ExitCode == ExitCodes.Ok, outcome.Stderr);
        using var doc = JsonDocument.Parse(outcome.Stdout);
        Assert.False(doc.RootElement.GetProperty("eligible").GetBoolean());
        var reason = doc.RootElement.GetProperty("reasons")[0];
        Assert.Equal("RU-EURO4-2010", reason.GetProperty("rule").GetString());
        Assert.Equal("2010-01-01", reason.GetProperty("since").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("message").GetString()));

        var resumed = await Run("access", "check", "--model", "Samand", "--market", "RU", "--date", "2014-07-01", "--format", "json");
        using var ok = JsonDocument.Parse(resumed.Stdout);
        Assert.True(ok.RootElement.GetProperty("eligible").GetBoolean());
        Assert.Equal(0, ok.RootElement.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task Timeline_Json_IsListOfFromUntilEligibleReason()
    {
        var outcome = await Run("access", "timeline", "--model", "SAMAND", "--market", "RU", "--format", "json");
        Assert.True(outcome.ExitCode == ExitCodes.Ok, outcome.Stderr);
        using var doc = JsonDocument.Parse(outcome.Stdout);
        var first = doc.RootElement[0];
        Assert.Equal(["from", "until", "eligible", "reason"], first.EnumerateObject().Select(p => p.Name));
        Assert.Contains(doc.RootElement.EnumerateArray(), i => i.GetProperty("from").GetString() == "2014-06-01" && i.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public async Task Impact_RuleFile_ListsModelsLosingEligibility()
    {
        Directory.CreateDirectory(demo.Home);
        var file = Path.Combine(demo.Home, "euro6-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file,
            "code,market,kind,effect,min_emission_class,categories,condition,origin,valid_from,valid_until,title,legal_reference,source,assumption\n"
            + "RU-EURO6-X,RU,MIN-EMISSION-CLASS,require,Euro-6,M1,,,2024-01-01,,Euro-6 proposal,,assumption,what-if\n");
        var outcome = await Run("access", "impact", "--rule-file", file, "--format", "json");
        Assert.True(outcome.ExitCode == ExitCodes.Ok, outcome.Stderr);
        using var doc = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(3, doc.RootElement.GetProperty("models_losing").GetInt32());
        Assert.Equal(["QUICK", "SHAHIN", "TARA"], doc.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("model").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Impact_BadRuleFile_ExitsInvalidInputWithFileLineField()
    {
        Directory.CreateDirectory(demo.Home);
        var file = Path.Combine(demo.Home, "bad-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(file,
            "code,market,kind,effect,min_emission_class,categories,condition,origin,valid_from,valid_until,title,legal_reference,source,assumption\n"
            + "RU-X,RU,NOISE,require,,,,,2024-01-01,,Noise,,assumption,\n");
        var outcome = await Run("access", "impact", "--rule-file", file, "--format", "json");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains(":2: kind: unknown kind 'NOISE'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownModelOrBadDate_FailWithCodes()
    {
        var unknown = await Run("access", "check", "--model", "PAYKAN", "--market", "RU", "--date", "2012-01-01", "--format", "json");
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("unknown model 'PAYKAN'", unknown.Stderr, StringComparison.Ordinal);
        var badDate = await Run("access", "check", "--model", "SAMAND", "--market", "RU", "--date", "2012-13-01");
        Assert.Equal(ExitCodes.Usage, badDate.ExitCode);
        Assert.Contains("is not a date in the form YYYY-MM-DD", badDate.Stderr, StringComparison.Ordinal);
    }
}

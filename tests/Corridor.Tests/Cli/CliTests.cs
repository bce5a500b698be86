using System.Text.Json;
using Corridor.Cli;
using Corridor.Compliance;
using Corridor.Tests.Support;
using Corridor.Web;

namespace Corridor.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "corridor-tests", "cli-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Env => new() { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" };

    public void Dispose()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    private Task<CorridorProcess.Outcome> Run(params string[] args) => CorridorProcess.RunAsync(Env, args);

    [Fact]
    public async Task Import_BadRow_ExitsWithInvalidInputAndPrintsFileLineField()
    {
        Directory.CreateDirectory(_home);
        var file = Path.Combine(_home, "markets.csv");
        await File.WriteAllTextAsync(file, "iso2,name,currency,customs_union,source,assumption\nRU,Russia,RUB,EAEU,assumption,x\nBY,Belarus,BYR,EAEU,assumption,x\n");

        var outcome = await Run("import", file, "--format", "json");

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("markets.csv:3: currency: 'BYR' is not a known ISO 4217 currency code", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout.Trim());

        var fixedFile = (await File.ReadAllTextAsync(file)).Replace("BYR", "BYN", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, fixedFile);
        var ok = await Run("import", file, "--format", "json");
        Assert.Equal(ExitCodes.Ok, ok.ExitCode);
        using var counts = JsonDocument.Parse(ok.Stdout);
        Assert.Equal(2, counts.RootElement[0].GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task ScreeningCompare_ShowsTheScoreAndTheEvidenceThatCarriedIt()
    {
        var alert = await Run("screening", "compare", "Saddam Husayn", "Saddam Hussein", "--listed-type", "Person");
        Assert.Equal(ExitCodes.Ok, alert.ExitCode);
        var expected = NameComparer.Compare(NameNormaliser.Normalise("Saddam Husayn"), NameNormaliser.Normalise("Saddam Hussein", NameKind.Person));
        Assert.Contains($"{expected.Score:0.000}", alert.Stdout, StringComparison.Ordinal);
        Assert.Contains("possible match", alert.Stdout, StringComparison.Ordinal);
        Assert.Contains("husayn", alert.Stdout, StringComparison.Ordinal);

        var none = await Run("screening", "compare", "Hasan Sahin", "SAHIN, Huseyin");
        Assert.Equal(ExitCodes.Ok, none.ExitCode);
        Assert.Contains("no alert", none.Stdout, StringComparison.Ordinal);
        Assert.Contains("Limited", none.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CatalogueWithoutOrganisation_IsRefused()
    {
        var outcome = await Run("import", Fixtures.ReferenceData);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("makers.csv: organisation:", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_AddListAndToken_WorkAndValidateRole()
    {
        var add = await Run("users", "add", "--organisation", "acme", "--create-organisation", "Acme Motors", "--email", "Boss@Acme.test", "--role", "export-manager", "--password", "long-enough-password");
        Assert.Equal(ExitCodes.Ok, add.ExitCode);

        var badRole = await Run("users", "add", "--organisation", "acme", "--email", "x@acme.test", "--role", "boss", "--password", "long-enough-password");
        Assert.Equal(ExitCodes.Usage, badRole.ExitCode);
        Assert.Contains("'boss' is not a role", badRole.Stderr, StringComparison.Ordinal);

        var shortPassword = await Run("users", "add", "--organisation", "acme", "--email", "y@acme.test", "--role", "analyst", "--password", "short");
        Assert.Equal(ExitCodes.InvalidInput, shortPassword.ExitCode);

        var list = await Run("users", "list", "--organisation", "ACME", "--format", "json");
        using var users = JsonDocument.Parse(list.Stdout);
        var only = Assert.Single(users.RootElement.EnumerateArray());
        Assert.Equal("boss@acme.test", only.GetProperty("email").GetString());
        Assert.Equal("export-manager", only.GetProperty("role").GetString());

        var token = await Run("users", "token", "--email", "boss@acme.test", "--name", "ci");
        Assert.Equal(ExitCodes.Ok, token.ExitCode);
        Assert.Matches("^cor_[0-9a-f]{64}$", token.Stdout.Trim());

        var csv = await Run("users", "list", "--organisation", "ACME", "--format", "csv");
        Assert.StartsWith("email,name,role,created_at,disabled", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOrganisation_ExitsNotFound()
    {
        Assert.Equal(ExitCodes.Usage, (await Run("users", "list")).ExitCode);
        var outcome = await Run("users", "list", "--organisation", "NOPE");
        Assert.Equal(ExitCodes.NotFound, outcome.ExitCode);
        Assert.Contains("no organisation with code 'NOPE'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_CreatesDatabaseUnderCorridorHome()
    {
        var outcome = await Run("db", "migrate");
        Assert.Equal(ExitCodes.Ok, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(_home, "corridor.db")));
        Assert.Contains("up to date", (await Run("db", "migrate")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WritesWhatImportReads()
    {
        var setup = await Run("demo", "--setup-only", "--data", Fixtures.ReferenceData);
        Assert.Equal(ExitCodes.Ok, setup.ExitCode);
        var outDir = Path.Combine(_home, "export");

        // No --database: the demo wrote the one default database every other verb reads.
        var export = await Run("export", "--organisation", "DEMO", "--output", outDir, "--format", "json");

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        foreach (var file in new[] { "makers.csv", "vehicle-models.csv", "parts.csv", "markets.csv", "reported-figures.csv" })
        {
            Assert.Equal(File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, file))[0], File.ReadAllLines(Path.Combine(outDir, file))[0]);
        }

        var reimport = await Run("import", outDir, "--organisation", "DEMO", "--format", "json");
        Assert.Equal(ExitCodes.Ok, reimport.ExitCode);
        using var counts = JsonDocument.Parse(reimport.Stdout);
        Assert.All(counts.RootElement.EnumerateArray(), c => Assert.Equal(0, c.GetProperty("added").GetInt32() + c.GetProperty("updated").GetInt32()));
    }

    [Fact]
    public async Task Demo_ThenAnyVerbWithoutDatabase_UsesTheSameDefaultDatabase()
    {
        var setup = await Run("demo", "--setup-only", "--data", Fixtures.ReferenceData);
        Assert.Equal(ExitCodes.Ok, setup.ExitCode);
        Assert.Contains(Path.Combine(_home, "corridor.db"), setup.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_home, "demo.db")), "the demo must not write a second database");

        var users = await Run("users", "list", "--organisation", "DEMO", "--format", "json");
        Assert.Equal(ExitCodes.Ok, users.ExitCode);
        Assert.Contains("analyst@demo.corridor", users.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_OverADatabaseWithAnotherOrganisation_RefusesAndKeepsIt()
    {
        Assert.Equal(ExitCodes.Ok, (await Run("users", "add", "--organisation", "ACME", "--create-organisation", "Acme Exports", "--email", "a@acme.test", "--role", "admin", "--password", "correct-horse-battery")).ExitCode);

        var demo = await Run("demo", "--setup-only", "--data", Fixtures.ReferenceData);

        Assert.Equal(ExitCodes.Conflict, demo.ExitCode);
        Assert.Contains("ACME", demo.Stderr, StringComparison.Ordinal);
        Assert.Contains("a@acme.test", (await Run("users", "list", "--organisation", "ACME", "--format", "json")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwiceOnOneHome_StartsAgainOverItsOwnDatabase()
    {
        var first = await Run("demo", "--setup-only", "--no-history", "--data", Fixtures.ReferenceData);
        Assert.Equal(ExitCodes.Ok, first.ExitCode);

        // the demo's own organisations (the exporter and the corridor operator) are what it replaces
        var second = await Run("demo", "--setup-only", "--no-history", "--data", Fixtures.ReferenceData);
        Assert.True(second.ExitCode == ExitCodes.Ok, second.Stderr);
        var users = await Run("users", "list", "--organisation", DemoCommand.OrganisationCode, "--format", "json");
        Assert.Equal(ExitCodes.Ok, users.ExitCode);
        Assert.Contains("@", users.Stdout, StringComparison.Ordinal);
    }
}

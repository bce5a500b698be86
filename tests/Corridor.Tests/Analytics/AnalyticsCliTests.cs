using Corridor.Cli;
using Corridor.Tests.Support;

namespace Corridor.Tests.Analytics;

/// <summary><c>corridor generate</c> and <c>corridor report</c> as a separate process on a demo database.</summary>
public sealed class AnalyticsCliTests : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "corridor-tests", "analytics-cli-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Env => new() { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = Path.Combine(_home, "corridor.db"), ["CORRIDOR_ORGANISATION"] = "" };

    public async Task InitializeAsync()
    {
        var setup = await CorridorProcess.RunAsync(new Dictionary<string, string> { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" }, "demo", "--setup-only", "--data", Fixtures.ReferenceData);
        Assert.True(setup.ExitCode == ExitCodes.Ok, setup.Stderr);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task GenerateThenReport_Pdf_IsAPdfWithPages_AndHtmlHasChartsAndMap()
    {
        var generated = await CorridorProcess.RunAsync(Env, "generate", "--from", "2023-01-01", "--until", "2024-01-01", "--scale", "0.1", "--seed", "3");
        Assert.True(generated.ExitCode == ExitCodes.Ok, generated.Stderr);
        Assert.Contains("shipment lines", generated.Stdout, StringComparison.Ordinal);

        var pdf = Path.Combine(_home, "report.pdf");
        var report = await CorridorProcess.RunAsync(Env, "report", "--period", "2023", "--format", "pdf", "--output", pdf);
        Assert.True(report.ExitCode == ExitCodes.Ok, report.Stderr);
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(AnalyticsWebTests.PdfPages(bytes) >= 2);

        var html = Path.Combine(_home, "report.html");
        Assert.Equal(ExitCodes.Ok, (await CorridorProcess.RunAsync(Env, "report", "--period", "2023-Q2", "--format", "html", "--output", html)).ExitCode);
        var text = await File.ReadAllTextAsync(html);
        Assert.Contains("<svg id=\"chart-vehicles\"", text, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"corridor-map\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_BadRange_IsAUsageError()
    {
        var outcome = await CorridorProcess.RunAsync(Env, "generate", "--from", "2024-01-01", "--until", "2023-01-01");
        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("--until must be after --from", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EmptyPeriod_IsNotFound()
    {
        var outcome = await CorridorProcess.RunAsync(Env, "report", "--period", "1999", "--output", Path.Combine(_home, "x.html"));
        Assert.Equal(ExitCodes.NotFound, outcome.ExitCode);
    }
}

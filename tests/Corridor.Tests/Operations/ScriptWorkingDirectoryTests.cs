using System.Diagnostics;
using Corridor.Tests.Support;

namespace Corridor.Tests.Operations;

/// <summary>
/// The <c>./corridor</c> script runs where the user stands (issue 17): relative paths given to it — a database file,
/// an import file, an output folder — are taken from the user's working directory, not from the checkout, while the
/// checkout's reference data is still found.
/// </summary>
public sealed class ScriptWorkingDirectoryTests : IDisposable
{
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("corridor-cwd-").FullName;

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);

    [Fact]
    public async Task Script_RunFromAnotherFolder_ReadsAndWritesRelativePathsThere()
    {
        var checkout = Fixtures.Checkout;
        var markets = Path.Combine(_elsewhere, "input", "markets.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(markets)!);
        File.Copy(Path.Combine(checkout, "data", "reference", "markets.csv"), markets);
        var expectedRows = File.ReadAllLines(markets).Skip(1).Count(l => l.Length > 0);

        var import = await RunScriptAsync(checkout, "import", "input/markets.csv", "--database", "here.db");
        Assert.True(import.ExitCode == 0, import.Output);
        var export = await RunScriptAsync(checkout, "export", "-o", "out", "--database", "here.db");
        Assert.True(export.ExitCode == 0, export.Output);

        Assert.True(File.Exists(Path.Combine(_elsewhere, "here.db")), "the database was not created in the working directory");
        var exported = Path.Combine(_elsewhere, "out", "markets.csv");
        Assert.True(File.Exists(exported), import.Output + export.Output);
        Assert.Equal(expectedRows, File.ReadAllLines(exported).Skip(1).Count(l => l.Length > 0));
        Assert.False(File.Exists(Path.Combine(checkout, "here.db")));
        Assert.False(Directory.Exists(Path.Combine(checkout, "out")));
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string checkout, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = _elsewhere, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(checkout, "corridor"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        // The script runs this test run's build instead of building one of its own.
        info.Environment["CORRIDOR_DLL"] = Path.Combine(AppContext.BaseDirectory, "corridor.dll");
        info.Environment["CORRIDOR_DATABASE"] = "";
        info.Environment["CORRIDOR_HOME"] = _elsewhere;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

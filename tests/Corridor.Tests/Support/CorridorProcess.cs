using System.Diagnostics;

namespace Corridor.Tests.Support;

/// <summary>Runs the built <c>corridor</c> executable as a separate process, as a user or script would.</summary>
public static class CorridorProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corridor.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}

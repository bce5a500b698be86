using System.Diagnostics;
using Corridor.Tests.Support;

namespace Corridor.Tests.Operations;

/// <summary>
/// The Dockerfile builds an image that runs as a non-root user and answers readiness (issue 17). Only where a container
/// engine runs; skipped with the reason elsewhere (this machine's CI has none).
/// </summary>
public sealed class ContainerImageTests
{
    [ContainerRuntimeFact]
    public async Task Dockerfile_Builds_AnImageThatRunsAsNonRoot()
    {
        var engine = ContainerRuntimeFactAttribute.Runtime!;
        var checkout = Fixtures.Checkout;
        var tag = "corridor-test:" + Guid.NewGuid().ToString("N")[..8];
        var build = await RunAsync(engine, checkout, "build", "-t", tag, ".");
        Assert.True(build.ExitCode == 0, build.Output);
        try
        {
            var user = await RunAsync(engine, checkout, "image", "inspect", "--format", "{{.Config.User}}", tag);
            Assert.Equal("app", user.Output.Trim());
            var help = await RunAsync(engine, checkout, "run", "--rm", tag, "--help");
            Assert.True(help.ExitCode == 0, help.Output);
            Assert.Contains("serve", help.Output, StringComparison.Ordinal);
        }
        finally
        {
            await RunAsync(engine, checkout, "image", "rm", "-f", tag);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string engine, string folder, params string[] args)
    {
        var info = new ProcessStartInfo(engine) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

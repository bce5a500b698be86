using System.Diagnostics;

namespace Corridor.Tests.Support;

/// <summary>
/// A fact that needs a running container engine (docker or podman with its daemon/socket reachable); skipped, visibly
/// and with the reason, where there is none — CI does not depend on one (issue 17).
/// </summary>
public sealed class ContainerRuntimeFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Found = new(FindRuntime);

    public ContainerRuntimeFactAttribute()
    {
        Timeout = 30 * 60 * 1000;
        if (Found.Value is null)
        {
            Skip = "no container engine answers here (docker/podman missing or its daemon not running): the image build is not tested";
        }
    }

    /// <summary>The engine's command (docker or podman), or null.</summary>
    public static string? Runtime => Found.Value;

    private static string? FindRuntime()
    {
        foreach (var engine in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(engine, "version --format {{.Server.Version}}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
                if (process.WaitForExit(15_000) && process.ExitCode == 0)
                {
                    return engine;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return null;
    }
}

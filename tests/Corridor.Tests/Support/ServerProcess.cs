using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Corridor.Tests.Support;

/// <summary>One <c>corridor serve</c> process on a free loopback port; killed (with its tree) on dispose.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public static ServerProcess Start(string connectionString, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        return Start(port, ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--database", connectionString, "--no-migrate"], environment);
    }

    /// <summary>Runs <c>corridor</c> with <paramref name="args"/>, which must make it listen on 127.0.0.1:<paramref name="port"/>.</summary>
    public static ServerProcess Start(int port, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
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

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new ServerProcess(new Process { StartInfo = info }, port);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"corridor serve on {BaseAddress} exited with {_process.ExitCode}: {Output()}");
            }

            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"corridor serve on {BaseAddress} did not answer /health within {timeout.TotalSeconds:0} s: {Output()}");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using Corridor.Tests.Support;

namespace Corridor.Tests.Operations;

/// <summary>
/// <c>corridor serve</c> with the JSON console format writes one JSON object per line (issue 17): the request log line
/// of a refused request and Corridor's own refusal event carry their fields.
/// </summary>
public sealed class StructuredLogTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("corridor-log-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Serve_WithJsonFormat_LogsEachRequestAndRefusalAsJson()
    {
        var port = ServerProcess.FreePort();
        using var server = ServerProcess.Start(port,
            ["serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--database", Path.Combine(_home, "log.db"),
             "--Logging:Console:FormatterName=json", "--Logging:LogLevel:Microsoft.AspNetCore.HttpLogging=Information", "--Logging:LogLevel:Corridor=Information"],
            new Dictionary<string, string> { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" });
        await server.WaitHealthyAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/me")).StatusCode);

        // The refusal is written during the request, the request line when the answer is complete: wait for both.
        static bool IsRequestLine(JsonElement e) => e.GetProperty("Category").GetString() == "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"
            && e.GetProperty("State").TryGetProperty("Path", out var p) && p.GetString() == "/api/me";
        var events = await WaitForAsync(server, all => all.Any(e => e.GetProperty("EventId").GetInt32() == 2004) && all.Any(IsRequestLine));
        var request = events.First(IsRequestLine);
        Assert.Equal("401", request.GetProperty("State").GetProperty("StatusCode").ToString());
        var refusal = events.First(e => e.GetProperty("EventId").GetInt32() == 2004);
        Assert.Equal("Warning", refusal.GetProperty("LogLevel").GetString());
        Assert.Equal("anonymous", refusal.GetProperty("State").GetProperty("User").GetString());
    }

    private static async Task<List<JsonElement>> WaitForAsync(ServerProcess server, Func<List<JsonElement>, bool> wanted)
    {
        for (var i = 0; i < 40; i++)
        {
            var events = server.Output().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('{'))
                .Select(l => JsonDocument.Parse(l).RootElement).ToList();
            if (wanted(events))
            {
                return events;
            }

            await Task.Delay(250);
        }

        throw new Xunit.Sdk.XunitException("no such log event in: " + server.Output());
    }
}

using System.Net;
using Corridor.Operations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Corridor.Tests.Operations;

public sealed class ListenAddressTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Choose_WithNothingSet_IsLoopback5080() =>
        Assert.Equal("http://127.0.0.1:5080", ListenAddress.Choose(null, null, Config()));

    [Fact]
    public void Choose_UrlsOption_WinsOverPortAndEnvironment() =>
        Assert.Equal("http://0.0.0.0:8080", ListenAddress.Choose("http://0.0.0.0:8080", 6000, Config(("urls", "http://127.0.0.1:7000"))));

    [Fact]
    public void Choose_ExplicitPort_WinsOverAspNetCoreUrls() =>
        Assert.Equal("http://127.0.0.1:6000", ListenAddress.Choose(null, 6000, Config(("urls", "http://127.0.0.1:7000"))));

    [Theory]
    [InlineData("urls", "http://+:7000")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://+:7000")]
    public void Choose_HostSettings_AreLeftToTheHost(string key, string value) =>
        Assert.Null(ListenAddress.Choose(null, null, Config((key, value))));

    [Fact]
    public async Task Serve_UrlsFromConfiguration_ListensThere()
    {
        await using var database = TestDatabase.CreateSqlite();
        var port = ServerProcess.FreePort();
        // --urls=… given as a configuration setting is what ASPNETCORE_URLS sets: the host's "urls" key.
        await using var app = WebServer.Build(database.Location.Display, null, null, [$"--urls=http://127.0.0.1:{port}"]);
        await CorridorWebApp.MigrateAsync(app);
        await app.StartAsync();
        Assert.Equal($"http://127.0.0.1:{port}", Assert.Single(app.Urls));
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.LivePath)).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_DatabaseFromSettings_IsUsedWhenNoOptionIsGiven()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = WebServer.Build(null, "http://127.0.0.1:0", null, [$"--Corridor:Database={database.Location.Display}"]);
        Assert.Equal(database.Location.Display, WebServer.DatabaseDisplay(app));
    }
}

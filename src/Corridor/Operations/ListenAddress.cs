namespace Corridor.Operations;

/// <summary>
/// Where <c>serve</c> listens: <c>--urls</c> first, then an explicit <c>--port</c> (on 127.0.0.1), then the host's
/// own settings (<c>ASPNETCORE_URLS</c>, <c>urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>, a <c>Kestrel:Endpoints</c>
/// section), and when none is set <see cref="DefaultUrl"/> — loopback only, so that nothing is exposed by accident.
/// </summary>
public static class ListenAddress
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The URLs to bind, or null when the host's configuration already says where to listen.</summary>
    public static string? Choose(string? urlsOption, int? explicitPort, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(urlsOption))
        {
            return urlsOption;
        }

        if (explicitPort is { } port)
        {
            return $"http://127.0.0.1:{port}";
        }

        var configured = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        return configured ? null : DefaultUrl;
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace Corridor.Operations;

/// <summary>
/// Configuration and hosting for running Corridor as a service: settings files, the older <c>CORRIDOR_*</c>
/// environment variables, options classes and forwarded headers behind a reverse proxy (docs/operations.md).
/// </summary>
public static class HostingSetup
{
    /// <summary>Environment variable naming an extra settings file (e.g. <c>/etc/corridor/appsettings.json</c>).</summary>
    public const string SettingsFileVariable = "CORRIDOR_SETTINGS";

    /// <summary>The older environment variables and the configuration keys they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> LegacyVariables = new Dictionary<string, string>
    {
        ["CORRIDOR_DATABASE"] = "Corridor:Database",
        ["CORRIDOR_HOME"] = "Corridor:Home",
        ["CORRIDOR_CHROMIUM"] = "Corridor:Chromium",
    };

    /// <summary>
    /// Precedence, lowest first: appsettings.json and appsettings.{Environment}.json next to the executable, the file
    /// named by <c>CORRIDOR_SETTINGS</c>, the <c>CORRIDOR_*</c> variables, <c>Corridor__*</c> (and every other)
    /// environment variable, the command line.
    /// </summary>
    public static void AddCorridorConfiguration(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        var at = sources.ToList().FindLastIndex(s => s is JsonConfigurationSource) + 1;
        var environment = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        if (environment >= 0 && environment < at)
        {
            at = environment;
        }

        var legacy = LegacyVariables
            .Select(v => (v.Value, Environment.GetEnvironmentVariable(v.Key)))
            .Where(v => !string.IsNullOrWhiteSpace(v.Item2))
            .ToDictionary(v => v.Value, v => v.Item2);
        var memory = new ConfigurationBuilder().AddInMemoryCollection(legacy).Sources[0];
        sources.Insert(at, memory);
        if (Environment.GetEnvironmentVariable(SettingsFileVariable) is { Length: > 0 } file)
        {
            var json = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false).Sources[0];
            sources.Insert(at, json);
        }
    }

    public static IServiceCollection AddCorridorHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorridorOptions>().Bind(configuration.GetSection(CorridorOptions.Section));
        services.AddOptions<ForwardedHeadersSettings>().Bind(configuration.GetSection(ForwardedHeadersSettings.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            var forwarded = settings.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwarded.ForwardLimit;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in forwarded.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip
                    : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownProxies: '{proxy}' is not an IP address"));
            }

            foreach (var network in forwarded.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var n) ? n
                    : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8)"));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, and only when proxies are configured.</summary>
    public static void UseCorridorForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
    }
}

namespace Corridor.Operations;

/// <summary>
/// <c>Corridor:ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. Nothing is forwarded unless at least one proxy address or network is named, so a server reached
/// directly cannot be told by a client that it was reached over HTTPS.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Corridor:ForwardedHeaders";

    /// <summary>IP addresses of trusted proxies, e.g. <c>10.0.0.2</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Trusted proxy networks in CIDR notation, e.g. <c>172.16.0.0/12</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are unwrapped; 1 when one proxy stands in front.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

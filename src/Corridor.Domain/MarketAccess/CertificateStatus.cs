namespace Corridor.MarketAccess;

/// <summary>The standing of a certificate from a day on. <see cref="Revoked"/> is final.</summary>
public enum CertificateStatus
{
    Valid,
    Suspended,
    Revoked,
}

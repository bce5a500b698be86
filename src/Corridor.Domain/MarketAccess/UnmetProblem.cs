namespace Corridor.MarketAccess;

/// <summary>Why a requirement is not met on a day.</summary>
public enum UnmetProblem
{
    /// <summary>No certificate of a kind that satisfies the requirement exists for the model and market on the day
    /// (one issued later is named in the message and its issue day given as the certificate day).</summary>
    CertificateMissing,

    /// <summary>The best certificate expired on or before the day.</summary>
    CertificateExpired,

    /// <summary>The certificate is suspended on the day.</summary>
    CertificateSuspended,

    /// <summary>The certificate was revoked on or before the day.</summary>
    CertificateRevoked,

    /// <summary>The certificate is in force but attests a lower emission class than required (or none).</summary>
    EmissionClassInsufficient,
}

namespace Corridor.Web;

public static class AuthSchemes
{
    /// <summary>Picks <see cref="Token"/> when the request carries a bearer header, else <see cref="Cookie"/>.</summary>
    public const string Default = "corridor";
    public const string Cookie = "cookie";
    public const string Token = "token";

    /// <summary>The name of the session cookie.</summary>
    public const string SessionCookie = "corridor.session";

    public const string OrganisationClaim = "corridor:org";
    public const string OrganisationCodeClaim = "corridor:org_code";

    /// <summary>The <see cref="Organisations.UserSession"/> a session cookie belongs to; checked on every request.</summary>
    public const string SessionClaim = "corridor:sid";
}

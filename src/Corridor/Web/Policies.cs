using Corridor.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace Corridor.Web;

/// <summary>
/// Authorization policies: every read needs a signed-in user; every write needs one of the roles that
/// owns the feature. The analyst role is read-only everywhere but market intelligence, where it reviews figures (decision 030). Shared reference data (market rules, network, lists,
/// rates) is written only by the operator role, which belongs to the corridor operator's organisation and to no exporter.
/// </summary>
public static class Policies
{
    public const string Read = "read";
    public const string Admin = "admin";
    public const string WriteCatalog = "write:catalog";
    public const string WriteReference = "write:reference";
    public const string WriteMarketAccess = "write:market-access";
    public const string WriteCompliance = "write:compliance";
    public const string WriteLogistics = "write:logistics";
    public const string WriteTrade = "write:trade";

    /// <summary>Documents: export managers issue commercial documents, logistics planners transport documents (the endpoint checks which).</summary>
    public const string WriteDocuments = "write:documents";

    /// <summary>Market intelligence: taking in articles and reviewing their figures — analysts too (decision 030).</summary>
    public const string WriteIntelligence = "write:intelligence";

    public static AuthorizationBuilder AddCorridorPolicies(this AuthorizationBuilder builder) => builder
        .SetDefaultPolicy(new AuthorizationPolicyBuilder(AuthSchemes.Default).RequireAuthenticatedUser().Build())
        .AddPolicy(Read, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireAuthenticatedUser())
        .AddPolicy(Admin, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin))
        .AddPolicy(WriteCatalog, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ExportManager))
        .AddPolicy(WriteReference, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Operator))
        .AddPolicy(WriteMarketAccess, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ExportManager, Roles.ComplianceOfficer))
        .AddPolicy(WriteCompliance, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ComplianceOfficer))
        .AddPolicy(WriteLogistics, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.LogisticsPlanner))
        .AddPolicy(WriteTrade, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ExportManager))
        .AddPolicy(WriteDocuments, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ExportManager, Roles.LogisticsPlanner))
        .AddPolicy(WriteIntelligence, p => p.AddAuthenticationSchemes(AuthSchemes.Default).RequireRole(Roles.Admin, Roles.ExportManager, Roles.Analyst));
}

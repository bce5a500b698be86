namespace Corridor.Organisations;

/// <summary>What a user may do. Every write checks the role; <see cref="Analyst"/> only reads.</summary>
public enum Role
{
    Admin,
    ExportManager,
    ComplianceOfficer,
    LogisticsPlanner,
    Analyst,

    /// <summary>The corridor operator: writes the shared reference data (market rules, network, lists, rates); only in an operator organisation.</summary>
    Operator,
}

public static class Roles
{
    public const string Admin = nameof(Role.Admin);
    public const string ExportManager = nameof(Role.ExportManager);
    public const string ComplianceOfficer = nameof(Role.ComplianceOfficer);
    public const string LogisticsPlanner = nameof(Role.LogisticsPlanner);
    public const string Analyst = nameof(Role.Analyst);
    public const string Operator = nameof(Role.Operator);

    /// <summary>The roles of an exporter organisation (every role but <see cref="Role.Operator"/>).</summary>
    public static IReadOnlyList<Role> Exporter { get; } = [Role.Admin, Role.ExportManager, Role.ComplianceOfficer, Role.LogisticsPlanner, Role.Analyst];

    /// <summary>Accepts the enum name or the kebab form used on the command line (<c>export-manager</c>).</summary>
    public static bool TryParse(string? text, out Role role)
    {
        role = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out role)
            && Enum.IsDefined(role);
    }

    public static string ToKebab(this Role role) => role switch
    {
        Role.Admin => "admin",
        Role.ExportManager => "export-manager",
        Role.ComplianceOfficer => "compliance-officer",
        Role.LogisticsPlanner => "logistics-planner",
        Role.Analyst => "analyst",
        Role.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

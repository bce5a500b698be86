using System.Text;
using System.Text.RegularExpressions;
using Corridor.Compliance;
using Corridor.Logistics;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>
/// The words people read for the codes the API and the files use (<c>ExportManager</c>, <c>TrueMatch</c>,
/// <c>road_consignment_note_cmr</c>, <c>model:SAMAND</c>): the pages show these, the API keeps its codes.
/// </summary>
public static partial class Labels
{
    /// <summary>A role as a person names it; a role this table does not know yet is split at its capitals.</summary>
    public static string Role(string? role) => Roles.TryParse(role, out var r) ? Role(r) : Words(role ?? "");

    public static string Role(Role role) => role switch
    {
        Organisations.Role.Admin => "Administrator",
        Organisations.Role.ExportManager => "Export manager",
        Organisations.Role.ComplianceOfficer => "Compliance officer",
        Organisations.Role.LogisticsPlanner => "Logistics planner",
        Organisations.Role.Analyst => "Analyst (read only)",
        _ => Words(role.ToString()),
    };

    public static string Match(MatchStatus status) => status switch
    {
        MatchStatus.Open => "open — awaiting review",
        MatchStatus.TrueMatch => "true match",
        MatchStatus.FalsePositive => "false positive",
        MatchStatus.Escalated => "escalated",
        MatchStatus.Superseded => "superseded",
        _ => Words(status.ToString()),
    };

    public static string Document(TransportDocument document) => document switch
    {
        TransportDocument.RailWaybillSmgs => "Rail waybill (SMGS)",
        TransportDocument.RoadConsignmentNoteCmr => "Road consignment note (CMR)",
        TransportDocument.BillOfLading => "Bill of lading",
        _ => Words(document.ToString()),
    };

    /// <summary>A snake_case or PascalCase code as words with a capital first letter (<c>gauge_change</c> → "Gauge change").</summary>
    public static string Words(string code)
    {
        if (code.Length == 0)
        {
            return code;
        }

        var sb = new StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '_' or '-')
            {
                sb.Append(' ');
            }
            else if (char.IsUpper(c) && i > 0 && char.IsLower(code[i - 1]))
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>An order item as "Vehicle model SAMAND" / "Spare part 123-45" for an item key <c>model:CODE</c> or <c>part:NUMBER</c>.</summary>
    public static string Item(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return key;
        }

        var kind = key[..colon];
        var code = key[(colon + 1)..];
        return kind.Equals("model", StringComparison.OrdinalIgnoreCase) ? $"Vehicle model {code}"
            : kind.Equals("part", StringComparison.OrdinalIgnoreCase) ? $"Spare part {code}"
            : $"{Words(kind)} {code}";
    }

    /// <summary>Text from a source note with its Markdown emphasis (<c>**UNCONFIRMED**</c>) taken out: the words stay, the asterisks go.</summary>
    public static string Plain(string? text) => text is null ? "" : Emphasis().Replace(text, "$1");

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Emphasis();
}

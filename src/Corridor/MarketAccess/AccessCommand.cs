using System.CommandLine;
using System.Globalization;
using Corridor.Cli;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary><c>corridor access …</c>: eligibility, timelines, rule-change impact and certificate expiry alerts.</summary>
public sealed class AccessCommand : Command
{
    public AccessCommand()
        : base("access", "Market access: can a model be sold in a market on a date, and if not why; timelines; what a rule change would do")
    {
        Subcommands.Add(new AccessCheckCommand());
        Subcommands.Add(new AccessTimelineCommand());
        Subcommands.Add(new AccessImpactCommand());
        Subcommands.Add(new AccessAlertsCommand());
    }

    /// <summary>A YYYY-MM-DD option, checked while parsing.</summary>
    public static Option<string?> DateOption(string name, string description, bool required = false)
    {
        var option = new Option<string?>(name) { Description = description, Required = required };
        option.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && !TryParseDate(text, out _))
            {
                r.AddError($"{name} '{text}' is not a date in the form YYYY-MM-DD");
            }
        });
        return option;
    }

    public static DateOnly? ParseDate(string? text) => text is not null && TryParseDate(text, out var d) ? d : null;

    private static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

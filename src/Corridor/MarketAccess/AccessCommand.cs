using System.CommandLine;
using System.Globalization;
using Corridor.Cli;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary><c>corridor access …</c>: eligibility, timelines, rule-change impact and certificate expiry alerts.</summary>
public sealed class AccessCommand : Command
{
    /// <summary>Used when <c>--organisation</c> is not given; see <see cref="ScopeAsync"/>.</summary>
    public const string OrganisationVariable = "CORRIDOR_ORGANISATION";

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

    /// <summary>
    /// A scope acting in the organisation named by <c>--organisation</c>, else by <c>$CORRIDOR_ORGANISATION</c>, else
    /// in the only exporter organisation of the database (the usual case on an exporter's own installation; the corridor
    /// operator's organisation holds no exporter data and is not counted).
    /// </summary>
    public static async Task<AsyncServiceScope> ScopeAsync(CliServices services, string? organisation, CancellationToken ct)
    {
        organisation ??= Environment.GetEnvironmentVariable(OrganisationVariable) is { Length: > 0 } env ? env : null;
        if (organisation is null)
        {
            await using var probe = await services.ScopeAsync(null, ct);
            var codes = await probe.ServiceProvider.GetRequiredService<Storage.CorridorDbContext>().Organisations.Where(o => !o.IsOperator).Select(o => o.Code).ToListAsync(ct);
            organisation = codes.Count == 1
                ? codes[0]
                : throw new CliException(ExitCodes.Usage, codes.Count == 0
                    ? "the database has no organisation; create one or run 'corridor demo'"
                    : $"the database has several organisations ({string.Join(", ", codes.Order(StringComparer.Ordinal))}); name one with --organisation or ${OrganisationVariable}");
        }

        return await services.ScopeAsync(organisation, ct);
    }

    private static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

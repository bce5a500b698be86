using Corridor.Catalog;
using Corridor.Import;

namespace Corridor.MarketAccess;

/// <summary>The columns of a market-rule file and how one row becomes a <see cref="MarketRule"/>; shared by the importer and by rule proposals.</summary>
public static class MarketRuleRows
{
    public static IReadOnlyList<string> Header { get; } =
        ["code", "market", "kind", "effect", "min_emission_class", "categories", "condition", "origin", "valid_from", "valid_until", "title", "legal_reference", "source", "assumption"];

    /// <param name="kinds">Known requirement kinds by code.</param>
    /// <param name="marketKnown">Whether a market code is known.</param>
    public static MarketRule? Parse(CsvRow row, IReadOnlyDictionary<string, RequirementKind> kinds, Func<string, bool> marketKnown)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(marketKnown);
        var code = row.Required("code");
        var market = row.RequiredCountry("market");
        if (market.Value is { } iso && !marketKnown(iso))
        {
            row.Error("market", $"unknown market '{iso}' (not in markets.csv nor stored)");
        }

        var kindCode = row.Required("kind");
        RequirementKind? kind = null;
        if (kindCode.Length > 0 && !kinds.TryGetValue(kindCode, out kind))
        {
            row.Error("kind", $"unknown kind '{kindCode}'; known kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}");
        }

        var effect = row.Optional("effect") is null ? RuleEffect.Require : row.RequiredEnum<RuleEffect>("effect");
        EmissionClass? klass = null;
        if (row.Optional("min_emission_class") is { } text)
        {
            if (EmissionClassText.TryParse(text, out var c))
            {
                klass = c;
            }
            else
            {
                row.Error("min_emission_class", $"'{text}' is not one of Euro-0 … Euro-6");
            }
        }

        if (!RuleScope.TryParseCategories(row.Optional("categories"), out var categories, out var categoryError))
        {
            row.Error("categories", categoryError!);
        }

        var condition = row.OptionalEnum<VehicleCondition>("condition");
        var origin = row.OptionalEnum<SupplyOrigin>("origin");
        var from = row.RequiredDate("valid_from");
        var until = row.OptionalDate("valid_until");
        var title = row.Required("title");
        var source = row.Required("source");
        return row.Build(() => new MarketRule(
            code, market, kind!, effect, klass, new RuleScope(categories, condition, origin), from, until, title,
            row.Optional("legal_reference"), source, row.Optional("assumption")));
    }
}

using System.Globalization;
using Corridor.Catalog;

namespace Corridor.MarketAccess;

/// <summary>
/// The vehicles a rule applies to: a set of categories (empty = every category), and optionally only new or
/// used vehicles, only imports or only domestic production. Immutable.
/// </summary>
public readonly record struct RuleScope
{
    /// <exception cref="ArgumentException">A category is not defined.</exception>
    public RuleScope(IEnumerable<VehicleCategory>? categories, VehicleCondition? condition, SupplyOrigin? origin)
    {
        var mask = 0;
        foreach (var c in categories ?? [])
        {
            if (!Enum.IsDefined(c))
            {
                throw new ArgumentException($"'{c}' is not a vehicle category.", "categories");
            }

            mask |= 1 << (int)c;
        }

        CategoryMask = mask;
        Condition = condition;
        Origin = origin;
    }

    /// <summary>Every vehicle.</summary>
    public static RuleScope All => new(null, null, null);

    /// <summary>Bit <c>1 &lt;&lt; (int)category</c> per covered category; 0 covers every category.</summary>
    public int CategoryMask { get; }

    /// <summary>Null covers new and used vehicles.</summary>
    public VehicleCondition? Condition { get; }

    /// <summary>Null covers imports and domestic production.</summary>
    public SupplyOrigin? Origin { get; }

    public IReadOnlyList<VehicleCategory> Categories
    {
        get
        {
            var mask = CategoryMask;
            return Enum.GetValues<VehicleCategory>().Where(c => (mask & (1 << (int)c)) != 0).ToList();
        }
    }

    public bool Covers(VehicleCategory category, VehicleCondition condition, SupplyOrigin origin) =>
        (CategoryMask == 0 || (CategoryMask & (1 << (int)category)) != 0)
        && (Condition is null || Condition == condition)
        && (Origin is null || Origin == origin);

    /// <summary>Parses a space- or comma-separated list such as <c>M1 N1</c>; empty text means every category.</summary>
    public static bool TryParseCategories(string? text, out IReadOnlyList<VehicleCategory> categories, out string? error)
    {
        var list = new List<VehicleCategory>();
        categories = list;
        error = null;
        foreach (var part in (text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<VehicleCategory>(part, ignoreCase: true, out var c) || !Enum.IsDefined(c) || int.TryParse(part, out _))
            {
                error = $"'{part}' is not one of {string.Join(", ", Enum.GetNames<VehicleCategory>())}";
                return false;
            }

            list.Add(c);
        }

        return true;
    }

    public override string ToString()
    {
        var parts = new List<string> { CategoryMask == 0 ? "all categories" : string.Join(" ", Categories) };
        if (Condition is { } c)
        {
            parts.Add(c.ToString().ToLower(CultureInfo.InvariantCulture));
        }

        if (Origin is { } o)
        {
            parts.Add(o == SupplyOrigin.Import ? "imported" : "domestic");
        }

        return string.Join(", ", parts);
    }
}

using Corridor.Common;

namespace Corridor.Trade;

/// <summary>Who pays a landed-cost component under the order's Incoterms rule.</summary>
public enum Payer
{
    Seller,
    Buyer,
}

/// <summary>One component of a landed cost per unit, in the destination currency, and the rule it came from.</summary>
public sealed record LandedCostComponent(string Name, Money Amount, string? Rule, Payer PaidBy, string Basis);

/// <summary>
/// The landed cost of one unit in the destination currency: price, freight, insurance, duty, VAT and fees, each rounded
/// to the currency's minor units; <see cref="Regime"/> is MFN or the preference that gave the duty rate.
/// </summary>
public sealed record LandedCost(Currency Currency, IReadOnlyList<LandedCostComponent> Components, string Regime, DateOnly RuleDay, DateOnly RateDay)
{
    public Money Total => new(Components.Sum(c => c.Amount.Amount), Currency);

    public Money Of(string name) => new(Components.Where(c => c.Name == name).Sum(c => c.Amount.Amount), Currency);
}

/// <summary>What the landed cost of one unit is computed from.</summary>
/// <param name="Market">ISO 3166-1 alpha-2 of the destination.</param>
/// <param name="MarketUnion">The destination's customs union (EAEU), or null.</param>
/// <param name="Origin">ISO 3166-1 alpha-2 of the goods' origin (the maker's country).</param>
/// <param name="HsDigits">HS code digits of the goods.</param>
/// <param name="EngineCc">Engine size for vehicles; null for parts.</param>
/// <param name="UnitPrice">Price of one unit, in any currency.</param>
/// <param name="FreightPerUnit">Freight of one unit, in any currency.</param>
/// <param name="RuleDay">The day whose rules apply (the requested delivery day).</param>
/// <param name="RateDay">The day whose exchange rates convert (the day of the promise).</param>
public sealed record LandedCostInput(string Market, string? MarketUnion, string Origin, string HsDigits, int? EngineCc, Money UnitPrice, Money FreightPerUnit,
    Incoterm Incoterm, Currency Destination, DateOnly RuleDay, DateOnly RateDay);

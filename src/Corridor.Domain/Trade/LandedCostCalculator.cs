using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// Computes the landed cost of one unit from the destination's dated rules (pure; no I/O). Steps, each rounded to the
/// destination currency's minor units (half away from zero):
/// price and freight converted at the rate day; insurance = percent × 110 % × (price + freight);
/// customs value = price + freight + insurance; duty = percent × customs value (the preferential rule when a
/// preference applies and has a rule for the goods, else MFN); VAT = percent × (customs value + duty);
/// each fee converted at the rate day. A missing exchange rate or a missing duty or VAT rule is an error.
/// </summary>
public static class LandedCostCalculator
{
    /// <summary>Insured value as a share of price plus freight (ICC minimum cover: 110 %).</summary>
    public const decimal InsuredShare = 1.10m;

    public static LandedCostResult Compute(LandedCostInput input, IReadOnlyList<LandedCostRule> rules, IReadOnlyList<TradePreference> preferences, ExchangeRateTable rates)
    {
        var errors = new List<LandedCostProblem>();
        var cur = input.Destination;
        var price = rates.Convert(input.UnitPrice, cur, input.RateDay);
        var freight = rates.Convert(input.FreightPerUnit, cur, input.RateDay);
        errors.AddRange(RateProblems(price));
        errors.AddRange(RateProblems(freight));
        var applicable = rules.Where(r => r.AppliesTo(input.Market, input.HsDigits, input.EngineCc, input.RuleDay)).ToList();
        var preference = preferences.FirstOrDefault(p => p.Applies(input.Origin, input.MarketUnion, input.RuleDay)
            && applicable.Any(r => r.Kind == ChargeKind.Duty && r.Regime == p.Code));
        var regime = preference?.Code ?? LandedCostRule.Mfn;
        var duty = Most(applicable.Where(r => r.Kind == ChargeKind.Duty && r.Regime == regime));
        var vat = Most(applicable.Where(r => r.Kind == ChargeKind.Vat && r.Regime == LandedCostRule.Mfn));
        var insurance = Most(applicable.Where(r => r.Kind == ChargeKind.Insurance && r.Regime == LandedCostRule.Mfn));
        if (duty is null)
        {
            errors.Add(new LandedCostProblem(LandedCostProblemKind.NoDutyRule, $"landed cost: no customs duty rule of {input.Market} for HS {input.HsDigits} on {input.RuleDay:yyyy-MM-dd}"));
        }

        if (vat is null)
        {
            errors.Add(new LandedCostProblem(LandedCostProblemKind.NoVatRule, $"landed cost: no VAT rule of {input.Market} for HS {input.HsDigits} on {input.RuleDay:yyyy-MM-dd}"));
        }

        var fees = new List<(LandedCostRule Rule, Money Amount)>();
        foreach (var fee in applicable.Where(r => r.Kind == ChargeKind.Fee && r.Regime == LandedCostRule.Mfn))
        {
            var converted = rates.Convert(fee.Fixed!.Value, cur, input.RateDay);
            errors.AddRange(RateProblems(converted));
            if (converted.Succeeded)
            {
                fees.Add((fee, converted.Value));
            }
        }

        if (errors.Count > 0)
        {
            return LandedCostResult.Failure(errors.Distinct().ToList());
        }

        var seller = input.Incoterm.SellerPaysMainCarriage() ? Payer.Seller : Payer.Buyer;
        var importer = input.Incoterm.SellerPaysImportDuties() ? Payer.Seller : Payer.Buyer;
        var p = price.Value;
        var f = freight.Value;
        var ins = insurance is null ? Money.Zero(cur) : Pct(insurance.Percent!.Value, (p + f) * InsuredShare);
        var customsValue = p + f + ins;
        var d = Pct(duty!.Percent!.Value, customsValue);
        var v = Pct(vat!.Percent!.Value, customsValue + d);
        var components = new List<LandedCostComponent>
        {
            new("price", p, null, Payer.Buyer, $"{input.UnitPrice} at the {input.RateDay:yyyy-MM-dd} rate"),
            new("freight", f, null, seller, $"{input.FreightPerUnit} at the {input.RateDay:yyyy-MM-dd} rate"),
            new("insurance", ins, insurance?.Code, input.Incoterm.SellerInsures() ? Payer.Seller : Payer.Buyer,
                insurance is null ? "no insurance rule" : $"{insurance.Percent}% of 110% of price + freight"),
            new("duty", d, duty.Code, importer, $"{duty.Percent}% of customs value {customsValue} ({regime})"),
            new("vat", v, vat.Code, importer, $"{vat.Percent}% of customs value + duty"),
        };
        components.AddRange(fees.Select(x => new LandedCostComponent("fee",
            x.Amount, x.Rule.Code, importer, $"{x.Rule.Title}: {x.Rule.Fixed}")));
        return LandedCostResult.Success(new LandedCost(cur, components, regime, input.RuleDay, input.RateDay));
    }

    // The table's conversions fail only for a missing rate.
    private static IEnumerable<LandedCostProblem> RateProblems(Result<Money> conversion) =>
        conversion.Errors.Select(e => new LandedCostProblem(LandedCostProblemKind.ExchangeRate, e));

    private static Money Pct(decimal percent, Money basis) => new Money(basis.Amount * percent / 100m, basis.Currency).Round();

    // When rules overlap, the most specific applies: the longest HS prefix, then an engine range, then the latest start.
    private static LandedCostRule? Most(IEnumerable<LandedCostRule> rules) =>
        rules.OrderByDescending(r => r.HsPrefix.Length).ThenByDescending(r => r.EngineCcMin is not null || r.EngineCcMax is not null).ThenByDescending(r => r.ValidFrom).FirstOrDefault();
}

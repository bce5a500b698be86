using Corridor.Common;

namespace Corridor.Catalog;

/// <summary>A spare part. <see cref="PartNumber"/> is the natural key within the organisation; weight in kilograms per piece.</summary>
public sealed class Part : IOrganisationOwned
{
    private Part()
    {
        PartNumber = Name = ProductGroup = HsCodeDigits = UnitPriceCurrency = Source = "";
    }

    public Part(
        Guid makerId, string partNumber, string name, string productGroup, HsCode hsCode, decimal weightKg,
        Money? unitPrice, string source, string? assumption = null)
    {
        Id = Guid.CreateVersion7();
        MakerId = makerId;
        PartNumber = Guard.Code(partNumber, "part_number");
        Name = Guard.Text(name, "name");
        ProductGroup = Guard.Text(productGroup, "product_group", 60).ToLowerInvariant();
        HsCodeDigits = hsCode.Digits;
        WeightKg = Guard.NonNegative(weightKg, "weight_kg");
        UnitPriceAmount = unitPrice is { } p ? Guard.NonNegative(p.Amount, "unit_price") : null;
        UnitPriceCurrency = unitPrice?.Currency.Code ?? "";
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid MakerId { get; private set; }

    /// <summary>Attributes the item to another maker of the same organisation.</summary>
    public void AssignMaker(Guid makerId) => MakerId = makerId != Guid.Empty ? makerId : throw new ArgumentException("maker is required.", "maker");

    public Maker? Maker { get; private set; }

    public string PartNumber { get; private set; }

    public string Name { get; private set; }

    public string ProductGroup { get; private set; }

    public string HsCodeDigits { get; private set; }

    public HsCode HsCode => HsCode.Parse(HsCodeDigits);

    public decimal WeightKg { get; private set; }

    public decimal? UnitPriceAmount { get; private set; }

    public string UnitPriceCurrency { get; private set; }

    public Money? UnitPrice => UnitPriceAmount is { } a ? new Money(a, Currency.Parse(UnitPriceCurrency)) : null;

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(Part o)
    {
        var changed = MakerId != o.MakerId || Name != o.Name || ProductGroup != o.ProductGroup || HsCodeDigits != o.HsCodeDigits
            || WeightKg != o.WeightKg || UnitPriceAmount != o.UnitPriceAmount || UnitPriceCurrency != o.UnitPriceCurrency
            || Source != o.Source || Assumption != o.Assumption;
        (MakerId, Name, ProductGroup, HsCodeDigits, WeightKg) = (o.MakerId, o.Name, o.ProductGroup, o.HsCodeDigits, o.WeightKg);
        (UnitPriceAmount, UnitPriceCurrency, Source, Assumption) = (o.UnitPriceAmount, o.UnitPriceCurrency, o.Source, o.Assumption);
        return changed;
    }
}

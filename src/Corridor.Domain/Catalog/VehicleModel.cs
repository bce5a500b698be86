using Corridor.Common;

namespace Corridor.Catalog;

/// <summary>
/// A vehicle model in the catalogue. <see cref="Code"/> is the natural key within the organisation.
/// Masses are kilograms, engine displacement cubic centimetres, the list price is per unit ex works.
/// </summary>
public sealed class VehicleModel : IOrganisationOwned
{
    private VehicleModel()
    {
        Code = Name = Source = HsCodeDigits = ListPriceCurrency = "";
    }

    public VehicleModel(
        Guid makerId, string code, string name, VehicleCategory category, int engineCc, FuelType fuel,
        EmissionClass emissionClass, int kerbWeightKg, HsCode hsCode, Money? listPrice, string source, string? assumption = null)
    {
        Id = Guid.CreateVersion7();
        MakerId = makerId;
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        Category = category;
        EngineCc = fuel == FuelType.Electric ? engineCc : Guard.Positive(engineCc, "engine_cc");
        Fuel = fuel;
        EmissionClass = emissionClass;
        KerbWeightKg = Guard.Positive(kerbWeightKg, "kerb_weight_kg");
        HsCodeDigits = hsCode.Digits;
        ListPriceAmount = listPrice is { } p ? Guard.NonNegative(p.Amount, "list_price") : null;
        ListPriceCurrency = listPrice?.Currency.Code ?? "";
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid MakerId { get; private set; }

    /// <summary>Attributes the item to another maker of the same organisation.</summary>
    public void AssignMaker(Guid makerId) => MakerId = makerId != Guid.Empty ? makerId : throw new ArgumentException("maker is required.", "maker");

    public Maker? Maker { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public VehicleCategory Category { get; private set; }

    public int EngineCc { get; private set; }

    public FuelType Fuel { get; private set; }

    public EmissionClass EmissionClass { get; private set; }

    public int KerbWeightKg { get; private set; }

    public string HsCodeDigits { get; private set; }

    public HsCode HsCode => HsCode.Parse(HsCodeDigits);

    public decimal? ListPriceAmount { get; private set; }

    public string ListPriceCurrency { get; private set; }

    public Money? ListPrice => ListPriceAmount is { } a ? new Money(a, Currency.Parse(ListPriceCurrency)) : null;

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(VehicleModel o)
    {
        var changed = MakerId != o.MakerId || Name != o.Name || Category != o.Category || EngineCc != o.EngineCc
            || Fuel != o.Fuel || EmissionClass != o.EmissionClass || KerbWeightKg != o.KerbWeightKg
            || HsCodeDigits != o.HsCodeDigits || ListPriceAmount != o.ListPriceAmount
            || ListPriceCurrency != o.ListPriceCurrency || Source != o.Source || Assumption != o.Assumption;
        (MakerId, Name, Category, EngineCc, Fuel, EmissionClass, KerbWeightKg) =
            (o.MakerId, o.Name, o.Category, o.EngineCc, o.Fuel, o.EmissionClass, o.KerbWeightKg);
        (HsCodeDigits, ListPriceAmount, ListPriceCurrency, Source, Assumption) =
            (o.HsCodeDigits, o.ListPriceAmount, o.ListPriceCurrency, o.Source, o.Assumption);
        return changed;
    }
}

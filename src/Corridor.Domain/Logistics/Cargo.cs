namespace Corridor.Logistics;

/// <summary>
/// What is shipped: a number of vehicles or a mass of parts in tonnes. Vehicles weigh
/// <see cref="TonnesPerVehicle"/> each (default 1.3 t, an assumption for a loaded passenger car) for CO₂ and for
/// capacities counted in tonnes. Conversions to other capacity units are in <see cref="UnitsOn"/>.
/// </summary>
public readonly record struct Cargo
{
    /// <summary>Assumed: one passenger car per TEU (two cars in a 40-foot container).</summary>
    public const decimal VehiclesPerTeu = 1m;

    /// <summary>Assumed: spare parts fill a TEU by volume at about 10 t.</summary>
    public const decimal TonnesPerTeu = 10m;

    /// <summary>Assumed: tonnes of parts on a ro-ro or car-carrier capacity take one vehicle slot per 10 t (a loaded trailer or van).</summary>
    public const decimal TonnesPerVehicleSlot = 10m;

    private Cargo(bool isVehicles, decimal quantity, decimal tonnesPerVehicle)
    {
        IsVehicles = isVehicles;
        Quantity = quantity;
        TonnesPerVehicle = tonnesPerVehicle;
    }

    public bool IsVehicles { get; }

    /// <summary>Vehicles (whole) or tonnes.</summary>
    public decimal Quantity { get; }

    public decimal TonnesPerVehicle { get; }

    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public static Cargo Vehicles(int count, decimal tonnesPerVehicle = 1.3m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tonnesPerVehicle);
        return new Cargo(true, count, tonnesPerVehicle);
    }

    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public static Cargo Tonnes(decimal tonnes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tonnes);
        return new Cargo(false, tonnes, 1.3m);
    }

    public decimal Tonnage => IsVehicles ? Quantity * TonnesPerVehicle : Quantity;

    /// <summary>How many units of a departure's capacity this cargo takes (rounded up to whole units).</summary>
    public int UnitsOn(CapacityUnit unit) => (int)decimal.Ceiling((IsVehicles, unit) switch
    {
        (true, CapacityUnit.Vehicles) => Quantity,
        (true, CapacityUnit.Tonnes) => Quantity * TonnesPerVehicle,
        (true, _) => Quantity / VehiclesPerTeu,
        (false, CapacityUnit.Vehicles) => Quantity / TonnesPerVehicleSlot,
        (false, CapacityUnit.Tonnes) => Quantity,
        (false, _) => Quantity / TonnesPerTeu,
    });

    public override string ToString() => IsVehicles ? $"{Quantity:0} vehicles" : $"{Quantity:0.###} t";
}

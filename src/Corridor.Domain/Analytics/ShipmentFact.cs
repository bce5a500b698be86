namespace Corridor.Analytics;

/// <summary>
/// One shipped line as produced by the history generator (or, later, by a trade delivery) before it is stored: a
/// value with no identity, cheap to create by the million. Weights are whole kilograms; money is in minor units
/// (cents) of <see cref="Currency"/> and, converted at the ship date, of US dollars — integers, so that sums in
/// SQL are exact on every provider. <see cref="RouteId"/> 0 means the line did not travel on the modelled network.
/// </summary>
public readonly record struct ShipmentFact(
    long LineNo,
    long OrderNo,
    DateOnly OrderDate,
    DateOnly ShipDate,
    DateOnly DeliveryDate,
    DateOnly DueDate,
    string Market,
    string Maker,
    ShipmentItemKind ItemKind,
    string ItemCode,
    string ProductGroup,
    int Units,
    long WeightKg,
    string Currency,
    long ValueMinor,
    long ValueUsdCents,
    int RouteId,
    string Branch)
{
    /// <summary>Days from order to delivery.</summary>
    public int LeadDays => DeliveryDate.DayNumber - OrderDate.DayNumber;

    /// <summary>Delivered on or before the due date.</summary>
    public bool OnTime => DeliveryDate <= DueDate;

    /// <summary>The ship month as yyyymm (e.g. 202303).</summary>
    public int ShipMonth => AnalyticsPeriod.MonthKey(ShipDate);
}

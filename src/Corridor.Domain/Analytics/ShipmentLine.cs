using Corridor.Common;

namespace Corridor.Analytics;

/// <summary>
/// The analytics fact: one shipped line of an organisation. Natural key (organisation, <see cref="LineNo"/>).
/// Weights in whole kilograms; money in minor units (cents) of <see cref="Currency"/> and of US dollars, converted
/// at the ship date. <see cref="ShipMonth"/> (yyyymm) is derived from <see cref="ShipDate"/> and stored for grouping.
/// <see cref="Origin"/> says who wrote the line: <c>generated</c> (history generator) or <c>trade</c> (deliveries).
/// Lines are written in bulk and never changed; rollups (<see cref="ShipmentMonthly"/>, <see cref="ShipmentLeadTime"/>)
/// are rebuilt from them.
/// </summary>
public sealed class ShipmentLine : IOrganisationOwned
{
    public const string Generated = "generated";

    private ShipmentLine()
    {
        Origin = Market = Maker = ItemCode = ProductGroup = Currency = Branch = "";
    }

    public ShipmentLine(ShipmentFact fact, string origin = Generated)
    {
        Guard.Positive(fact.Units, "units");
        Guard.NonNegative(fact.WeightKg, "weight_kg");
        if (fact.ShipDate < fact.OrderDate || fact.DeliveryDate < fact.ShipDate)
        {
            throw new ArgumentException("dates must run order <= ship <= delivery.", nameof(fact));
        }

        LineNo = fact.LineNo;
        OrderNo = fact.OrderNo;
        Origin = origin;
        OrderDate = fact.OrderDate;
        ShipDate = fact.ShipDate;
        DeliveryDate = fact.DeliveryDate;
        DueDate = fact.DueDate;
        ShipMonth = fact.ShipMonth;
        Market = fact.Market;
        Maker = fact.Maker;
        ItemKind = fact.ItemKind;
        ItemCode = fact.ItemCode;
        ProductGroup = fact.ProductGroup;
        Units = fact.Units;
        WeightKg = fact.WeightKg;
        Currency = fact.Currency;
        ValueMinor = fact.ValueMinor;
        ValueUsdCents = fact.ValueUsdCents;
        RouteId = fact.RouteId;
        Branch = fact.Branch;
        LeadDays = fact.LeadDays;
        OnTime = fact.OnTime;
    }

    public Guid OrganisationId { get; private set; }

    public long LineNo { get; private set; }

    public long OrderNo { get; private set; }

    public string Origin { get; private set; }

    public DateOnly OrderDate { get; private set; }

    public DateOnly ShipDate { get; private set; }

    public DateOnly DeliveryDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>yyyymm of <see cref="ShipDate"/>.</summary>
    public int ShipMonth { get; private set; }

    /// <summary>ISO alpha-2 of the destination market.</summary>
    public string Market { get; private set; }

    /// <summary>Maker code.</summary>
    public string Maker { get; private set; }

    public ShipmentItemKind ItemKind { get; private set; }

    /// <summary>Model code or part number.</summary>
    public string ItemCode { get; private set; }

    /// <summary>For vehicles <c>passenger-car</c> or <c>light-commercial</c>; for parts the part's product group.</summary>
    public string ProductGroup { get; private set; }

    public int Units { get; private set; }

    public long WeightKg { get; private set; }

    /// <summary>ISO 4217 code of the invoice.</summary>
    public string Currency { get; private set; }

    /// <summary>Invoice value in minor units (1/100) of <see cref="Currency"/>.</summary>
    public long ValueMinor { get; private set; }

    /// <summary>Invoice value in US cents at the ship date's rate.</summary>
    public long ValueUsdCents { get; private set; }

    /// <summary>The route (of this organisation's <see cref="ShipmentRoute"/>s) the line travelled; 0 for none on the network.</summary>
    public int RouteId { get; private set; }

    /// <summary>The corridor branch of the route (western, trans_caspian, eastern, feeder, off_network).</summary>
    public string Branch { get; private set; }

    /// <summary>Days from order to delivery.</summary>
    public int LeadDays { get; private set; }

    public bool OnTime { get; private set; }
}

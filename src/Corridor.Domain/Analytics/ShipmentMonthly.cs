using Corridor.Common;

namespace Corridor.Analytics;

/// <summary>
/// Rollup of <see cref="ShipmentLine"/>s per ship month, market, item, route and invoice currency. Rebuilt from the
/// lines by one INSERT … SELECT … GROUP BY in the database (never incremented in application code), so its sums are
/// those of the lines; the tests check it against raw rows.
/// </summary>
public sealed class ShipmentMonthly : IOrganisationOwned
{
    private ShipmentMonthly()
    {
        Market = Maker = ItemCode = ProductGroup = Currency = Branch = "";
    }

    public Guid OrganisationId { get; private set; }

    public int Month { get; private set; }

    public string Market { get; private set; }

    public string Maker { get; private set; }

    public ShipmentItemKind ItemKind { get; private set; }

    public string ItemCode { get; private set; }

    public string ProductGroup { get; private set; }

    public int RouteId { get; private set; }

    public string Branch { get; private set; }

    public string Currency { get; private set; }

    public long Lines { get; private set; }

    public long Units { get; private set; }

    public long WeightKg { get; private set; }

    public long ValueMinor { get; private set; }

    public long ValueUsdCents { get; private set; }

    public long OnTimeLines { get; private set; }

    public long LeadDaysSum { get; private set; }
}

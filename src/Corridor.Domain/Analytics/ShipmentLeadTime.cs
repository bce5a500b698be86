using Corridor.Common;

namespace Corridor.Analytics;

/// <summary>
/// Rollup of <see cref="ShipmentLine"/>s per ship month, market, maker, product group and lead time in days: the
/// lead-time distribution and on-time rate under any filter of the dashboard. Rebuilt in SQL like <see cref="ShipmentMonthly"/>.
/// </summary>
public sealed class ShipmentLeadTime : IOrganisationOwned
{
    private ShipmentLeadTime()
    {
        Market = Maker = ProductGroup = "";
    }

    public Guid OrganisationId { get; private set; }

    public int Month { get; private set; }

    public string Market { get; private set; }

    public string Maker { get; private set; }

    public string ProductGroup { get; private set; }

    public int LeadDays { get; private set; }

    public long Lines { get; private set; }

    public long OnTimeLines { get; private set; }

    public long Units { get; private set; }
}

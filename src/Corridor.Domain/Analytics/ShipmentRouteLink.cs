using Corridor.Common;

namespace Corridor.Analytics;

/// <summary>One link of a <see cref="ShipmentRoute"/>, in travel order (<see cref="Seq"/> from 1).</summary>
public sealed class ShipmentRouteLink : IOrganisationOwned
{
    private ShipmentRouteLink()
    {
        LinkKey = FromCode = ToCode = "";
    }

    internal ShipmentRouteLink(int routeId, int seq, string linkKey, string from, string to)
    {
        RouteId = routeId;
        Seq = seq;
        LinkKey = linkKey;
        FromCode = from;
        ToCode = to;
    }

    public Guid OrganisationId { get; private set; }

    public int RouteId { get; private set; }

    public int Seq { get; private set; }

    /// <summary>The network link's key, <c>FROM&gt;TO:mode</c>.</summary>
    public string LinkKey { get; private set; }

    public string FromCode { get; private set; }

    public string ToCode { get; private set; }
}

using Corridor.Common;

namespace Corridor.Analytics;

/// <summary>
/// A route that shipment lines travelled: the ordered links of the corridor network (link keys as in
/// <c>FROM&gt;TO:mode</c>), so that utilisation per link is a join in SQL rather than a string split.
/// Numbered per organisation from 1.
/// </summary>
public sealed class ShipmentRoute : IOrganisationOwned
{
    private readonly List<ShipmentRouteLink> _links = [];

    private ShipmentRoute()
    {
        Origin = Destination = Branch = "";
    }

    public ShipmentRoute(int id, string origin, string destination, string branch, IEnumerable<(string LinkKey, string From, string To)> links)
    {
        Id = Guard.Positive(id, "route");
        Origin = origin;
        Destination = destination;
        Branch = branch;
        var seq = 0;
        foreach (var (key, from, to) in links)
        {
            _links.Add(new ShipmentRouteLink(id, ++seq, key, from, to));
        }
    }

    public Guid OrganisationId { get; private set; }

    public int Id { get; private set; }

    public string Origin { get; private set; }

    public string Destination { get; private set; }

    public string Branch { get; private set; }

    public IReadOnlyCollection<ShipmentRouteLink> Links => _links;
}

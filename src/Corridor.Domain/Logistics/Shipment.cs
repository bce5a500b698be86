using System.Text.Json;
using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>Where a tracked shipment stands.</summary>
public enum ShipmentStatus
{
    Planned,
    InTransit,
    Delivered,
}

/// <summary>
/// A tracked shipment of an organisation along a planned route (its legs, stored as JSON). Events move it along;
/// after each one the arrival estimate is recomputed from the remaining legs: each later leg keeps its planned
/// duration and a scheduled leg does not leave before its planned departure. <see cref="Late"/> is set when the
/// estimate falls after the end of the due day.
/// </summary>
public sealed class Shipment : IOrganisationOwned
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<ShipmentEvent> _events = [];

    private Shipment()
    {
        Reference = Origin = Destination = Cargo = LegsJson = "";
    }

    /// <exception cref="ArgumentException">No legs, or legs that do not join up.</exception>
    public Shipment(string reference, string cargo, DateOnly? due, IReadOnlyList<PlannedLeg> legs)
    {
        if (legs.Count == 0)
        {
            throw new ArgumentException("a shipment needs at least one leg.", nameof(legs));
        }

        for (var i = 1; i < legs.Count; i++)
        {
            if (!string.Equals(legs[i - 1].To, legs[i].From, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"leg {i + 1} starts at {legs[i].From}, not where leg {i} ends ({legs[i - 1].To}).", nameof(legs));
            }
        }

        Id = Guid.CreateVersion7();
        Reference = Guard.Text(reference, "reference", 100);
        Cargo = Guard.Text(cargo, "cargo", 100);
        Due = due;
        Origin = legs[0].From;
        Destination = legs[^1].To;
        LegsJson = JsonSerializer.Serialize(legs, Json);
        Status = ShipmentStatus.Planned;
        Eta = legs[^1].PlannedArrival;
        Late = IsLate(Eta);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Reference { get; private set; }

    public string Cargo { get; private set; }

    public string Origin { get; private set; }

    public string Destination { get; private set; }

    public DateOnly? Due { get; private set; }

    public string LegsJson { get; private set; }

    public ShipmentStatus Status { get; private set; }

    /// <summary>Index of the leg the shipment is on or about to start (equals the leg count once it has arrived).</summary>
    public int NextLeg { get; private set; }

    /// <summary>Estimated (median) arrival at the destination.</summary>
    public DateTimeOffset Eta { get; private set; }

    public bool Late { get; private set; }

    public IReadOnlyCollection<ShipmentEvent> Events => _events.AsReadOnly();

    public IReadOnlyList<PlannedLeg> Legs => JsonSerializer.Deserialize<List<PlannedLeg>>(LegsJson, Json) ?? [];

    /// <summary>Records an event and recomputes <see cref="Eta"/> and <see cref="Late"/>; a failure names what does not fit.</summary>
    public Result<ShipmentEvent> Record(ShipmentEventKind kind, string node, DateTimeOffset at, decimal? delayHours = null, string? note = null)
    {
        if (Status == ShipmentStatus.Delivered)
        {
            return Result<ShipmentEvent>.Failure($"shipment {Reference} is already delivered");
        }

        var legs = Legs;
        node = node.Trim().ToUpperInvariant();
        int next;
        DateTimeOffset position;
        switch (kind)
        {
            case ShipmentEventKind.Departed:
            {
                var i = IndexFrom(legs, node, l => l.From);
                if (i < 0)
                {
                    return Result<ShipmentEvent>.Failure($"{node} is not where a remaining leg of {Reference} starts");
                }

                // The leg has started: its planned duration runs from the actual departure.
                next = i + 1;
                position = at + legs[i].Duration;
                break;
            }

            case ShipmentEventKind.Arrived or ShipmentEventKind.BorderCleared:
            {
                var i = IndexFrom(legs, node, l => l.To);
                if (i < 0)
                {
                    return Result<ShipmentEvent>.Failure($"{node} is not where a remaining leg of {Reference} ends");
                }

                next = i + 1;
                position = at;
                break;
            }

            case ShipmentEventKind.Delayed:
            {
                if (delayHours is not > 0)
                {
                    return Result<ShipmentEvent>.Failure("a delay needs a positive number of hours");
                }

                next = NextLeg;
                position = Eta;
                var e = Add(kind, node, at, delayHours, note);
                Eta = Eta.AddHours((double)delayHours.Value);
                Late = IsLate(Eta);
                return Result<ShipmentEvent>.Success(e);
            }

            default:
            {
                if (!string.Equals(node, Destination, StringComparison.OrdinalIgnoreCase))
                {
                    return Result<ShipmentEvent>.Failure($"{Reference} is delivered at {Destination}, not {node}");
                }

                var e = Add(kind, node, at, null, note);
                Status = ShipmentStatus.Delivered;
                NextLeg = legs.Count;
                Eta = at;
                Late = IsLate(at);
                return Result<ShipmentEvent>.Success(e);
            }
        }

        var ev = Add(kind, node, at, delayHours, note);
        Status = ShipmentStatus.InTransit;
        NextLeg = next;
        Eta = Project(legs, next, position);
        Late = IsLate(Eta);
        return Result<ShipmentEvent>.Success(ev);
    }

    /// <summary>Arrival at the destination when the shipment is free at the start of leg <paramref name="next"/> at <paramref name="ready"/>.</summary>
    public static DateTimeOffset Project(IReadOnlyList<PlannedLeg> legs, int next, DateTimeOffset ready)
    {
        var t = ready;
        for (var j = next; j < legs.Count; j++)
        {
            var gap = j > 0 ? legs[j].PlannedDeparture - legs[j - 1].PlannedArrival : TimeSpan.Zero;
            var leave = t + (gap > TimeSpan.Zero && !legs[j].Scheduled ? gap : TimeSpan.Zero);
            if (legs[j].Scheduled && leave < legs[j].PlannedDeparture)
            {
                leave = legs[j].PlannedDeparture;
            }

            t = leave + legs[j].Duration;
        }

        return t;
    }

    private int IndexFrom(IReadOnlyList<PlannedLeg> legs, string node, Func<PlannedLeg, string> end)
    {
        for (var i = Math.Max(0, NextLeg - 1); i < legs.Count; i++)
        {
            if (string.Equals(end(legs[i]), node, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private ShipmentEvent Add(ShipmentEventKind kind, string node, DateTimeOffset at, decimal? delayHours, string? note)
    {
        var e = new ShipmentEvent(Id, kind, node, at, delayHours, note);
        _events.Add(e);
        return e;
    }

    private bool IsLate(DateTimeOffset eta) =>
        Due is { } due && eta >= new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

using Corridor.Common;
using Corridor.Logistics;

namespace Corridor.Trade;

/// <summary>Something that stops an order: its kind, the line if any, and why (decision 042: callers branch on the kind, never on the reason).</summary>
public sealed record PromiseBlocker(BlockerKind Kind, int? Line, string Reason)
{
    public override string ToString() => Line is { } l ? $"{Kind.Code()} (line {l}): {Reason}" : $"{Kind.Code()}: {Reason}";
}

/// <summary>One line of a promise: market access on the requested day and the landed cost per unit.</summary>
public sealed record PromiseLine(int Line, string ItemKind, string Item, int Quantity, Money UnitPrice, bool? Eligible, IReadOnlyList<string> AccessReasons,
    IReadOnlyList<string> AccessWarnings, LandedCost? LandedCost, IReadOnlyList<string> LandedCostErrors);

/// <summary>A party of the order or its agreement and its screening status.</summary>
public sealed record PromiseParty(Guid Id, string Name, string Role, bool Blocked, IReadOnlyList<string> Reasons);

/// <summary>A route option with its arrival estimates, cost, the least free capacity on its scheduled legs and whether the order fits.</summary>
public sealed record PromiseRoute(int Rank, DateTimeOffset EtaP50, DateTimeOffset EtaP90, Money Cost, bool Late, int? LeastFreeCapacity, string? CapacityUnit, int? UnitsNeeded,
    bool HasRoom, bool Chosen, IReadOnlyList<string> Legs);

/// <summary>
/// The answer to "can this order be delivered, how, and at what landed price": per line market access and landed cost,
/// every party's screening, the agreement's ceilings (<see cref="Agreement.AssessCeilings"/>), route options with capacity, and every blocker with its reason.
/// </summary>
public sealed record OrderPromise(
    string Order, string Status, DateOnly AsOf, DateOnly RequestedDate, string Market, string Currency,
    IReadOnlyList<PromiseLine> Lines, IReadOnlyList<PromiseParty> Parties, IReadOnlyList<CeilingAssessment> Ceilings, IReadOnlyList<PromiseRoute> Routes,
    IReadOnlyList<PromiseBlocker> Blockers, IReadOnlyList<string> Warnings)
{
    /// <summary>The route confirmation would book (not serialised).</summary>
    internal RouteOption? ChosenRoute { get; init; }

    /// <summary>The order's cargo on the chosen route (not serialised).</summary>
    internal Cargo? Cargo { get; init; }

    /// <summary>The order's value in the agreement's ceiling currency at its order day, in minor units (not serialised).</summary>
    internal long? CeilingValueMinor { get; init; }

    public bool CanConfirm => Blockers.Count == 0;

    /// <summary>Landed cost of the whole order in the destination currency (sum of lines × quantity), when every line has one.</summary>
    public Money? LandedTotal => Lines.All(l => l.LandedCost is not null) && Lines.Count > 0
        ? new Money(Lines.Sum(l => l.LandedCost!.Total.Amount * l.Quantity), Common.Currency.Parse(Currency))
        : null;
}

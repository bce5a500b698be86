namespace Corridor.Logistics;

/// <summary>Why the route engine offers no option (decision 042): callers branch on the kind, people read the message.</summary>
public enum RouteRefusalKind
{
    UnknownOrigin,
    UnknownDestination,
    OptionCount,
    DueBeforeReady,
    SameNode,
    NoPath,
    Excluded,
    Late,
    Closed,
    Capacity,
    NoDeparture,
    Unsatisfiable,
}

/// <summary>One reason no route works, typed, with the message people read.</summary>
public sealed record RouteRefusal(RouteRefusalKind Kind, string Message)
{
    /// <summary>The request field the refusal is about (the API's query and body names), or null when the network, not the input, rules the routes out.</summary>
    public string? Field => Kind switch
    {
        RouteRefusalKind.UnknownOrigin => "from",
        RouteRefusalKind.UnknownDestination => "to",
        RouteRefusalKind.DueBeforeReady => "due",
        _ => null,
    };

    public override string ToString() => Message;
}

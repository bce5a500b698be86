namespace Corridor.Trade;

/// <summary>What stops an order from being confirmed (decision 042): callers branch on the kind, never on the reason's text.</summary>
public enum BlockerKind
{
    MarketAccess,
    Screening,
    Ceiling,
    Capacity,
    Route,
    Agreement,
    ExchangeRate,
    Item,
}

/// <summary>The wire and display codes of <see cref="BlockerKind"/> (snake_case, as the API and the pages have always shown them).</summary>
public static class BlockerKinds
{
    public static string Code(this BlockerKind kind) => kind switch
    {
        BlockerKind.MarketAccess => "market_access",
        BlockerKind.ExchangeRate => "exchange_rate",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The gates a document checks again when it is issued: screening and market access.</summary>
    public static bool IsGate(this BlockerKind kind) => kind is BlockerKind.Screening or BlockerKind.MarketAccess;

    /// <summary>Whether the blocker is about moving the goods (no route, or no room on any).</summary>
    public static bool IsTransport(this BlockerKind kind) => kind is BlockerKind.Route or BlockerKind.Capacity;
}

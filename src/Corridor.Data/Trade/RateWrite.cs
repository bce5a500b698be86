namespace Corridor.Trade;

/// <summary>What entering a rate did: the stored row, and whether it was new or replaced the rate of that pair and day.</summary>
public sealed record RateWrite(ExchangeRate Rate, bool Created);

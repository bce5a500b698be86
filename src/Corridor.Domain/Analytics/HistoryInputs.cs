using Corridor.MarketAccess;

namespace Corridor.Analytics;

/// <summary>A vehicle model the generator may ship: catalogue facts, its profile for the eligibility engine, unit price in US dollars.</summary>
public sealed record HistoryModel(ModelProfile Profile, string Maker, string ProductGroup, int WeightKg, decimal PriceUsd);

/// <summary>A spare part the generator may ship, with unit weight in kilograms and unit price in US dollars.</summary>
public sealed record HistoryPart(string PartNumber, string Maker, string ProductGroup, decimal WeightKg, decimal PriceUsd);

/// <summary>A link of a generator route with its weekly capacity in vehicle slots (a vehicle is one slot, 10 t of parts one slot); null for unlimited.</summary>
public sealed record HistoryLink(string Key, string From, string To, decimal? SlotsPerWeek);

/// <summary>
/// A way from a maker's plant to a market: its links, corridor branch and median transit in days. A route with no links
/// stands for a destination off the modelled network (transit assumed).
/// </summary>
public sealed record HistoryRoute(int Id, string Maker, string Market, string Branch, double TransitDays, IReadOnlyList<HistoryLink> Links);

/// <summary>
/// What <see cref="HistoryGenerator"/> needs: the half-open range of ship dates [<see cref="From"/>, <see cref="Until"/>),
/// a volume multiplier (1 = the programme as reported), the seed, the catalogue, routes per (maker, market), and the
/// eligibility engine (asked in memory, through <see cref="EligibilityCalendar"/>).
/// </summary>
public sealed record HistoryInputs(
    DateOnly From,
    DateOnly Until,
    double Scale,
    int Seed,
    IReadOnlyList<HistoryModel> Models,
    IReadOnlyList<HistoryPart> Parts,
    IReadOnlyList<HistoryRoute> Routes,
    EligibilityEngine Eligibility);

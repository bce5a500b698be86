namespace Corridor.Analytics;

/// <summary>
/// Generates a history of shipped lines from the reference scenario: demand from <see cref="ProgrammeCurve"/> (growth and
/// seasonality) times <see cref="HistoryInputs.Scale"/>; each day, a Poisson number of lines per (maker, market, vehicles or
/// parts). A vehicle line takes a model that the eligibility engine allows in the market on the ship day, or is not shipped.
/// A line travels a route whose links all have room that week (weekly capacities of links.csv, times the scale); otherwise
/// it waits a week (up to <see cref="MaxWaitWeeks"/>), which makes it later. The same inputs and seed give the same lines.
/// </summary>
/// <remarks>Vehicle lines average about 12 units; parts lines about $6,000. Lines are produced in ship-plan order, streamed.</remarks>
public sealed class HistoryGenerator
{
    public const int MaxWaitWeeks = 6;

    private static readonly double[] RoutePreference = [0.6, 0.3, 0.1];

    private readonly HistoryInputs _in;
    private readonly EligibilityCalendar _calendar;
    private readonly Dictionary<(string Maker, string Market), CompiledRoute[]> _routes;
    private readonly double[] _capacity;
    private readonly double[] _used;
    private readonly int _weeks;

    public HistoryGenerator(HistoryInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Until <= inputs.From)
        {
            throw new ArgumentException("until must be after from.", nameof(inputs));
        }

        _in = inputs;
        var markets = ProgrammeCurve.VehicleMarkets.Select(m => m.Market).Distinct().ToList();
        _calendar = new EligibilityCalendar(inputs.Eligibility, inputs.Models.Select(m => m.Profile), markets, inputs.From, inputs.Until);
        _weeks = ((inputs.Until.DayNumber - inputs.From.DayNumber) / 7) + 2;

        // Links with a capacity get an index; usage is one flat array [link * weeks + week].
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var capacity = new List<double>();
        foreach (var link in inputs.Routes.SelectMany(r => r.Links).Where(l => l.SlotsPerWeek is not null))
        {
            if (index.TryAdd(link.Key, capacity.Count))
            {
                capacity.Add((double)link.SlotsPerWeek!.Value * inputs.Scale);
            }
        }

        _capacity = [.. capacity];
        _used = new double[_capacity.Length * _weeks];
        _routes = inputs.Routes.GroupBy(r => (r.Maker, r.Market)).ToDictionary(
            g => g.Key,
            g => g.Select(r => new CompiledRoute(r, [.. r.Links.Where(l => l.SlotsPerWeek is not null).Select(l => index[l.Key]).Distinct()])).ToArray());
    }

    public EligibilityCalendar Calendar => _calendar;

    /// <summary>Days of the range already generated.</summary>
    public int DaysDone { get; private set; }

    public int TotalDays => _in.Until.DayNumber - _in.From.DayNumber;

    /// <summary>Vehicle lines not shipped because no model of the maker was eligible on the ship day.</summary>
    public long DroppedIneligible { get; private set; }

    /// <summary>Lines not shipped because every route was full for <see cref="MaxWaitWeeks"/> weeks, or the wait ran past the range.</summary>
    public long DroppedCapacity { get; private set; }

    /// <summary>Lines that waited at least a week for capacity.</summary>
    public long Delayed { get; private set; }

    public IEnumerable<ShipmentFact> Generate()
    {
        var rng = new SplitMix((ulong)(uint)_in.Seed * 0x2545F4914F6CDD1DUL + 0x1234567UL);
        long lineNo = 0;
        long orderNo = 0;
        var makers = _in.Models.Select(m => m.Maker).Concat(_in.Parts.Select(p => p.Maker)).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToArray();
        var modelsByMaker = makers.ToDictionary(m => m, m => _in.Models.Where(x => x.Maker == m).ToArray(), StringComparer.Ordinal);
        var partsByMaker = makers.ToDictionary(m => m, m => _in.Parts.Where(x => x.Maker == m).ToArray(), StringComparer.Ordinal);
        var eligible = new List<HistoryModel>();
        for (var day = _in.From; day < _in.Until; day = day.AddDays(1))
        {
            var month = new DateOnly(day.Year, day.Month, 1);
            var vehiclesPerDay = ProgrammeCurve.AnnualRate(ProgrammeCurve.IkcoVehicles, month) / 365.0 * _in.Scale;
            var partsRuPerDay = ProgrammeCurve.AnnualRate(ProgrammeCurve.PartsToRussiaUsd, month) / 365.0 * _in.Scale;
            foreach (var maker in makers)
            {
                var makerWeight = MakerVehicleWeight(maker);
                if (makerWeight > 0 && modelsByMaker[maker].Length > 0)
                {
                    foreach (var (market, share) in ProgrammeCurve.VehicleMarkets)
                    {
                        var lines = rng.Poisson(vehiclesPerDay * makerWeight * share / 12.0);
                        for (var i = 0; i < lines; i++)
                        {
                            eligible.Clear();
                            foreach (var m in modelsByMaker[maker])
                            {
                                if (_calendar.IsEligible(m.Profile.Code, market, day))
                                {
                                    eligible.Add(m);
                                }
                            }

                            if (eligible.Count == 0)
                            {
                                DroppedIneligible++;
                                continue;
                            }

                            var model = eligible[rng.Between(0, eligible.Count)];
                            var units = Math.Clamp(1 + (int)(-Math.Log(1.0 - rng.NextDouble()) * 11.0), 1, 60);
                            var discount = 1m - ((decimal)rng.Between(0, 81) / 1000m);
                            var usdCents = (long)decimal.Round(model.PriceUsd * discount * units * 100m, 0, MidpointRounding.ToEven);
                            var fact = Ship(ref rng, ref lineNo, ref orderNo, day, maker, market, ShipmentItemKind.Model, model.Profile.Code, model.ProductGroup,
                                units, (long)model.WeightKg * units, usdCents, units, rng.Between(14, 45));
                            if (fact is { } f)
                            {
                                if (!_calendar.IsEligible(model.Profile.Code, market, f.ShipDate))
                                {
                                    DroppedIneligible++;
                                    continue;
                                }

                                yield return f;
                            }
                        }
                    }
                }

                var parts = partsByMaker[maker];
                var partsWeight = MakerPartsWeight(maker);
                if (parts.Length == 0 || partsWeight <= 0)
                {
                    continue;
                }

                for (var k = -1; k < ProgrammeCurve.PartsMarkets.Count; k++)
                {
                    var (market, share) = k < 0 ? ("RU", 1.0) : (ProgrammeCurve.PartsMarkets[k].Market, ProgrammeCurve.PartsMarkets[k].Share * ProgrammeCurve.PartsElsewhereShare);
                    var lines = rng.Poisson(partsRuPerDay * partsWeight * share / 6000.0);
                    for (var i = 0; i < lines; i++)
                    {
                        var part = parts[rng.Between(0, parts.Length)];
                        var target = 6000.0 * Math.Exp(0.6 * rng.Normal()) / Math.Exp(0.18);
                        var units = Math.Max(1, (int)Math.Round(target / (double)part.PriceUsd));
                        var usdCents = (long)decimal.Round(part.PriceUsd * units * 100m, 0, MidpointRounding.ToEven);
                        var kg = (long)decimal.Round(part.WeightKg * units, 0, MidpointRounding.AwayFromZero);
                        var fact = Ship(ref rng, ref lineNo, ref orderNo, day, maker, market, ShipmentItemKind.Part, part.PartNumber, part.ProductGroup,
                            units, Math.Max(1, kg), usdCents, Math.Max(1, kg) / 10_000.0, rng.Between(5, 25));
                        if (fact is { } f)
                        {
                            yield return f;
                        }
                    }
                }
            }

            DaysDone++;
        }
    }

    private ShipmentFact? Ship(ref SplitMix rng, ref long lineNo, ref long orderNo, DateOnly planned, string maker, string market, ShipmentItemKind kind,
        string item, string group, int units, long kg, long usdCents, double slots, int orderToShip)
    {
        var routes = _routes.TryGetValue((maker, market), out var r) ? r : [];
        CompiledRoute? route = null;
        var ship = planned;
        if (routes.Length > 0)
        {
            var first = Pick(ref rng, routes.Length);
            for (var wait = 0; wait <= MaxWaitWeeks && route is null; wait++)
            {
                ship = planned.AddDays(7 * wait);
                if (ship >= _in.Until)
                {
                    break;
                }

                for (var j = 0; j < routes.Length; j++)
                {
                    var candidate = routes[(first + j) % routes.Length];
                    if (Fits(candidate, ship, slots))
                    {
                        route = candidate;
                        Take(candidate, ship, slots);
                        break;
                    }
                }
            }

            if (route is null)
            {
                DroppedCapacity++;
                return null;
            }

            if (ship > planned)
            {
                Delayed++;
            }
        }

        var transitPlan = route?.Route.TransitDays ?? OffNetworkTransitDays(market);
        var order = planned.AddDays(-orderToShip);
        var due = order.AddDays(orderToShip + (int)Math.Ceiling(transitPlan) + rng.Between(2, 9));
        var winter = ship.Month is 12 or 1 or 2 ? rng.Between(0, 5) : 0;
        var transit = (int)Math.Ceiling((transitPlan * (0.85 + (0.3 * Math.Abs(rng.Normal())))) + winter);
        var delivery = ship.AddDays(Math.Max(1, transit));
        var (currency, minor) = Invoice(ref rng, market, ship, usdCents);
        var orderId = ++orderNo;
        return new ShipmentFact(++lineNo, orderId, order, ship, delivery, due, market, maker, kind, item, group, units, kg, currency, minor, usdCents,
            route?.Route.Id ?? 0, route?.Route.Branch ?? "off_network");
    }

    private static (string Currency, long Minor) Invoice(ref SplitMix rng, string market, DateOnly ship, long usdCents)
    {
        // From 2023 half of the Russian business is invoiced in roubles (assumption: settlement in national currencies).
        if (market == "RU" && ship.Year >= 2023 && rng.NextDouble() < 0.5)
        {
            return ("RUB", (long)decimal.Round(usdCents * ProgrammeCurve.RubRate(ship), 0, MidpointRounding.ToEven));
        }

        return ("USD", usdCents);
    }

    private static int Pick(ref SplitMix rng, int count)
    {
        var x = rng.NextDouble();
        var acc = 0.0;
        var total = 0.0;
        for (var i = 0; i < count && i < RoutePreference.Length; i++)
        {
            total += RoutePreference[i];
        }

        for (var i = 0; i < count; i++)
        {
            acc += (i < RoutePreference.Length ? RoutePreference[i] : 0) / total;
            if (x < acc)
            {
                return i;
            }
        }

        return 0;
    }

    private bool Fits(CompiledRoute route, DateOnly ship, double slots)
    {
        var week = (ship.DayNumber - _in.From.DayNumber) / 7;
        foreach (var link in route.Links)
        {
            if (_used[(link * _weeks) + week] + slots > _capacity[link])
            {
                return false;
            }
        }

        return true;
    }

    private void Take(CompiledRoute route, DateOnly ship, double slots)
    {
        var week = (ship.DayNumber - _in.From.DayNumber) / 7;
        foreach (var link in route.Links)
        {
            _used[(link * _weeks) + week] += slots;
        }
    }

    private sealed record CompiledRoute(HistoryRoute Route, int[] Links);

    /// <summary>Relative vehicle demand of a maker (IKCO 1, Saipa <see cref="ProgrammeCurve.SaipaShare"/>, others none).</summary>
    private static double MakerVehicleWeight(string maker) => maker switch
    {
        "IKCO" => 1.0,
        "SAIPA" => ProgrammeCurve.SaipaShare,
        _ => 0.0,
    };

    /// <summary>Share of a maker in parts exports (assumption: IKCO 60 %, Saipa 40 %).</summary>
    private static double MakerPartsWeight(string maker) => maker switch
    {
        "IKCO" => 0.6,
        "SAIPA" => 0.4,
        _ => 0.0,
    };

    /// <summary>Median transit for destinations beyond the modelled network (assumption: Venezuela by sea, Iraq and Armenia by road).</summary>
    private static double OffNetworkTransitDays(string market) => market switch
    {
        "VE" => 40,
        "IQ" => 6,
        "AM" => 5,
        _ => 10,
    };
}

using Corridor.MarketAccess;

namespace Corridor.Analytics;

/// <summary>
/// The eligibility engine's answer for every (model, market, day) of a range, computed once from the engine's
/// timeline (intervals in which the answer does not change) so that a check is an array lookup. Days outside the
/// range are answered by the engine itself.
/// </summary>
public sealed class EligibilityCalendar
{
    private readonly EligibilityEngine _engine;
    private readonly DateOnly _from;
    private readonly int _days;
    private readonly Dictionary<(string Model, string Market), (ModelProfile Profile, bool[] Days)> _table = [];

    public EligibilityCalendar(EligibilityEngine engine, IEnumerable<ModelProfile> models, IEnumerable<string> markets, DateOnly from, DateOnly until)
    {
        _engine = engine;
        _from = from;
        _days = Math.Max(0, until.DayNumber - from.DayNumber);
        var marketList = markets.ToList();
        foreach (var model in models)
        {
            foreach (var market in marketList)
            {
                var days = new bool[_days];
                foreach (var interval in engine.Timeline(model, market, from, until))
                {
                    if (!interval.Eligible)
                    {
                        continue;
                    }

                    var start = Math.Max(0, interval.From.DayNumber - from.DayNumber);
                    var end = Math.Min(_days, (interval.Until ?? until).DayNumber - from.DayNumber);
                    for (var d = start; d < end; d++)
                    {
                        days[d] = true;
                    }
                }

                _table[(model.Code, market)] = (model, days);
            }
        }
    }

    /// <summary>Whether the engine says <paramref name="model"/> may be sold in <paramref name="market"/> on <paramref name="date"/>.</summary>
    public bool IsEligible(string model, string market, DateOnly date)
    {
        if (!_table.TryGetValue((model, market), out var entry))
        {
            return false;
        }

        var d = date.DayNumber - _from.DayNumber;
        return d >= 0 && d < _days ? entry.Days[d] : _engine.Check(entry.Profile, market, date, -1).Eligible;
    }
}

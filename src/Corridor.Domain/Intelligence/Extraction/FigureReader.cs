using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// The figure patterns of <c>corridor-extract-1</c>, applied to one sentence: money with a currency (symbol, code or
/// word; "$13,000 to $16,000" as a range), percentages, multipliers ("eightfold", "doubled"), counts with a unit
/// noun up to three words after the number ("45,000 Shahin and Quick models"), made a rate when "annually" or
/// "per year" follows, durations ("for two years"), and a bare number compared with a figure of the same sentence
/// ("compared with fewer than 20,000"), which takes that figure's unit. Earlier families win where spans overlap.
/// </summary>
internal static partial class FigureReader
{
    private const string Num = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:" + NumberWords.Pattern + @")\b)";
    private const string Scale = @"(?:\s?(?<scale>" + NumberWords.Scales + @")\b)?";
    private const string Num2 = @"(?<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string Scale2 = @"(?:\s?(?<scale2>" + NumberWords.Scales + @"|m)\b)?";
    private const string Qualifier = @"(?:(?<q>more than|fewer than|less than|over|about|around|roughly|nearly|almost|some|at least|up to)\s+)?";

    internal readonly record struct Found(int Start, int Length, FigureKind Kind, decimal Value, string Unit, RangeBound Bound, string? Qualifier);

    public static List<Found> Read(string s)
    {
        var found = new List<Found>();
        void Add(Found f)
        {
            if (!found.Exists(o => f.Start < o.Start + o.Length && o.Start < f.Start + f.Length))
            {
                found.Add(f);
            }
        }

        foreach (Match m in MoneySymbol().Matches(s))
        {
            var currency = Currency(m.Groups["cur"].Value);
            var q = Q(m);
            if (m.Groups["num2"].Success)
            {
                // The upper end's figure starts at its own currency sign when it has one ("$13,000 to $16,000").
                var second = m.Groups["cur2"].Success ? m.Groups["cur2"].Index : m.Groups["num2"].Index;
                var scale2 = m.Groups["scale2"].Success ? m.Groups["scale2"].Value : m.Groups["scale"].Value;
                var end = m.Groups["scale"].Success ? m.Groups["scale"].Index + m.Groups["scale"].Length : m.Groups["num"].Index + m.Groups["num"].Length;
                Add(new Found(m.Index, end - m.Index, FigureKind.Money, NumberWords.Value(m.Groups["num"].Value, Sc(m, "scale")), currency, RangeBound.Min, q));
                Add(new Found(second, m.Index + m.Length - second, FigureKind.Money, NumberWords.Value(m.Groups["num2"].Value, scale2), currency, RangeBound.Max, q));
            }
            else
            {
                Add(new Found(m.Index, m.Length, FigureKind.Money, NumberWords.Value(m.Groups["num"].Value, Sc(m, "scale")), currency, RangeBound.None, q));
            }
        }

        foreach (Match m in MoneyWord().Matches(s))
        {
            Add(new Found(m.Index, m.Length, FigureKind.Money, NumberWords.Value(m.Groups["num"].Value, Sc(m, "scale")), Currency(m.Groups["curw"].Value), RangeBound.None, Q(m)));
        }

        foreach (Match m in Percent().Matches(s))
        {
            Add(new Found(m.Index, m.Length, FigureKind.Percent, NumberWords.Value(m.Groups["num"].Value, ""), "percent", RangeBound.None, Q(m)));
        }

        foreach (Match m in Multiplier().Matches(s))
        {
            var value = m.Groups["fold"].Success ? NumberWords.Value(m.Groups["fold"].Value, "") : m.Groups["verb"].Value.ToLowerInvariant() switch
            {
                "doubled" or "doubling" => 2m,
                "tripled" or "trebled" or "tripling" => 3m,
                "quadrupled" => 4m,
                _ => 0.5m,
            };
            Add(new Found(m.Index, m.Length, FigureKind.Ratio, value, "ratio", RangeBound.None, null));
        }

        foreach (Match m in Count().Matches(s))
        {
            var (number, scale) = (m.Groups["num"].Value, Sc(m, "scale"));
            if (NumberWords.IsYear(number, scale) && (m.Groups["mid"].Length > 0 || YearContext().IsMatch(s.AsSpan(0, m.Index).ToString())))
            {
                continue;
            }

            var unit = Unit(m.Groups["unit"].Value);
            var rate = Rate().Match(s, m.Index + m.Length);
            Add(new Found(m.Index, m.Length, FigureKind.Count, NumberWords.Value(number, scale), rate.Success ? unit + "/" + Per(rate.Groups["per"].Value) : unit, RangeBound.None, Q(m)));
        }

        foreach (Match m in Duration().Matches(s))
        {
            var g = m.Groups["num"];
            Add(new Found(g.Index, m.Index + m.Length - g.Index, FigureKind.Duration, NumberWords.Value(g.Value, ""), m.Groups["dunit"].Value.ToLowerInvariant().TrimEnd('s') + "s", RangeBound.None, null));
        }

        foreach (Match m in Compared().Matches(s))
        {
            var g = m.Groups["num"];
            var before = found.Where(f => f.Start + f.Length <= m.Index && f.Kind == FigureKind.Count).OrderBy(f => f.Start).LastOrDefault();
            if (before.Length > 0 && !NumberWords.IsYear(g.Value, Sc(m, "scale")))
            {
                var end = m.Groups["scale"].Success ? m.Groups["scale"].Index + m.Groups["scale"].Length : g.Index + g.Length;
                Add(new Found(g.Index, end - g.Index, before.Kind, NumberWords.Value(g.Value, Sc(m, "scale")), before.Unit, RangeBound.None, Q(m)));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static string Sc(Match m, string group) => m.Groups[group].Success ? m.Groups[group].Value : "";

    private static string? Q(Match m) => m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() : null;

    private static string Currency(string text) => text.Trim().ToLowerInvariant() switch
    {
        "$" or "us$" or "usd" or "dollars" or "dollar" or "us dollars" => "USD",
        "€" or "eur" or "euros" or "euro" => "EUR",
        "£" or "gbp" or "pounds" => "GBP",
        "rub" or "rubles" or "roubles" => "RUB",
        "irr" or "rials" => "IRR",
        "cny" or "yuan" => "CNY",
        "aed" or "dirhams" => "AED",
        _ => text.Trim().ToUpperInvariant(),
    };

    private static string Unit(string noun) => noun.ToLowerInvariant() switch
    {
        "tonnes" or "tonne" or "tons" or "ton" or "metric tons" => "tonnes",
        "teu" or "teus" => "TEU",
        "containers" or "container" => "containers",
        "wagons" or "wagon" or "railcars" or "rail cars" => "wagons",
        "trains" or "train" => "trains",
        "requests" or "applications" => "requests",
        "orders" => "orders",
        "km" or "kilometres" or "kilometers" => "km",
        "trucks" or "lorries" => "trucks",
        _ => "units",
    };

    private static string Per(string text) => text.ToLowerInvariant() switch
    {
        var t when t.Contains("day", StringComparison.Ordinal) || t == "daily" => "day",
        var t when t.Contains("week", StringComparison.Ordinal) => "week",
        var t when t.Contains("month", StringComparison.Ordinal) => "month",
        _ => "year",
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(Qualifier + @"(?<cur>US\$|\$|€|£|(?:USD|EUR|RUB|CNY|AED)\s?)" + Num + @"(?:\s?(?<scale>" + NumberWords.Scales + @"|m)\b)?"
        + @"(?:\s*(?:to|-|\u2013)\s*(?<cur2>US\$|\$|€|£)?" + Num2 + Scale2 + ")?", Options)]
    private static partial Regex MoneySymbol();

    [GeneratedRegex(Qualifier + Num + Scale + @"\s+(?<curw>US\s+dollars|dollars|euros|rubles|roubles|rials|yuan|dirhams)\b", Options)]
    private static partial Regex MoneyWord();

    [GeneratedRegex(Qualifier + Num + @"\s?(?:%|percent\b|per\s+cent\b)", Options)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:(?<fold>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)[- ]?fold\b|(?<verb>doubled|doubling|tripled|trebled|tripling|quadrupled|halved)\b)", Options)]
    private static partial Regex Multiplier();

    [GeneratedRegex(Qualifier + Num + Scale + @"\s+(?<mid>(?:(?!(?:to|of|in|for|from|by|with|have|has|had|been|were|was|is|are|the|a|an|per|at|on|this|that|which|than)\b)[\p{L}’'-]+\s+){0,3}?)"
        + @"(?<unit>cars?|vehicles?|automobiles|units|models|sedans|trucks|lorries|buses|SUVs|crossovers|metric\s+tons|tonnes?|tons?|TEUs?|containers?|wagons?|railcars|rail\s+cars|trains?|requests|applications|orders|km|kilometres|kilometers)\b", Options)]
    private static partial Regex Count();

    [GeneratedRegex(@"\G(?:\s+(?:[\p{L}’'-]+\s+){0,2}?)?\s*\(?(?<per>annually|yearly|per\s+year|a\s+year|each\s+year|every\s+year|per\s+annum|per\s+day|a\s+day|daily|per\s+week|a\s+week|weekly|per\s+month|a\s+month|monthly)\b", Options)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(?:in|since|by|from|to|of|and|until|between|year)\s+$", Options)]
    private static partial Regex YearContext();

    [GeneratedRegex(@"\bfor\s+(?:the\s+next\s+)?(?<num>" + NumberWords.Pattern + @"|\d{1,2})\s+(?<dunit>years?|months?)\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+" + Qualifier + Num + Scale + @"(?!\s*(?:%|percent|[$€£]))", Options)]
    private static partial Regex Compared();
}

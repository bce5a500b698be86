using System.Globalization;
using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Finds period expressions in a sentence and normalises them to half-open <c>[From, Until)</c> periods, reading
/// relative ones ("this year", "first nine months of this year", "within three years", "so far", "currently",
/// "the current Iranian calendar year") against the article's publication date. "In the four years leading up to 2013"
/// is the span [2009, 2014) with its opening and closing years (corridor-extract-3).
/// </summary>
internal static partial class PeriodReader
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    private static readonly string[] MonthNames = Month.Split('|');

    public static List<PeriodExpression> Read(Sentence sentence, DateOnly articleDate)
    {
        var found = new List<PeriodExpression>();
        var text = sentence.Text;
        foreach (Match m in Expressions().Matches(text))
        {
            if (Read(m, articleDate) is { } read)
            {
                var start = sentence.Start + m.Index;
                found.Add(new PeriodExpression(start, m.Length, read.Period with { Text = m.Value, Start = start }, read.Postfix)
                {
                    // A span of years ends in two calendar years, for a change "from A to B" over it (corridor-extract-3).
                    Opening = m.Groups["spany"].Success ? Years(read.Period.From!.Value.Year, read.Period.From.Value.Year + 1) with { Text = m.Value, Start = start } : null,
                    Closing = m.Groups["spany"].Success ? Years(Int(m.Groups["spany"]), Int(m.Groups["spany"]) + 1) with { Text = m.Value, Start = start } : null,
                });
            }
        }

        return found;
    }

    private static (Period Period, bool Postfix)? Read(Match m, DateOnly article)
    {
        var g = m.Groups;
        if (g["y1"].Success)
        {
            var (y1, y2) = (Int(g["y1"]), Int(g["y2"]));
            return y2 < y1 ? null : (Years(y1, y2 + 1), true);
        }

        if (g["spany"].Success)
        {
            var last = Int(g["spany"]);
            return (Years(last - NumberWords.Small(g["span"].Value), last + 1), true);
        }

        if (g["m1"].Success)
        {
            var year = g["dy"].Success ? Int(g["dy"]) : article.Year;
            var from = Day(year, g["m1"].Value, Int(g["d1"]));
            var until = Day(year, g["m2"].Value, Int(g["d2"]))?.AddDays(1);
            return from is null || until is null || until <= from ? null : (new Period(from, until, "", -1), true);
        }

        if (g["first"].Success)
        {
            var year = g["fy"].Success ? Int(g["fy"]) : article.Year;
            var months = g["half"].Success ? 6 : g["quarter"].Success ? 3 : NumberWords.Small(g["n"].Value);
            return months is < 1 or > 12 ? null : (new Period(new DateOnly(year, 1, 1), new DateOnly(year, 1, 1).AddMonths(months), "", -1), false);
        }

        if (g["curiy"].Success)
        {
            return (Iranian(IranianCalendar.YearOf(article)), true);
        }

        if (g["iy"].Success)
        {
            return (Iranian(Int(g["iy"])), true);
        }

        if (g["by"].Success)
        {
            var until = new DateOnly(Int(g["by"]) + 1, 1, 1);
            return until <= article ? (new Period(null, until, "", -1), true) : (new Period(article, until, "", -1), true);
        }

        if (g["within"].Success)
        {
            return (Years(article.Year + NumberWords.Small(g["within"].Value), article.Year + NumberWords.Small(g["within"].Value) + 1), false);
        }

        if (g["for"].Success)
        {
            return (new Period(article, article.AddYears(NumberWords.Small(g["for"].Value)), "", -1), true);
        }

        if (g["sofar"].Success)
        {
            return (new Period(null, article.AddDays(1), "", -1), false);
        }

        if (g["current"].Success)
        {
            return (Years(article.Year, article.Year + 1), true);
        }

        if (g["thisyear"].Success)
        {
            return (Years(article.Year, article.Year + 1), false);
        }

        if (g["dm"].Success)
        {
            var day = Day(Int(g["ddy"]), g["dm"].Value, Int(g["dd"]));
            return day is null ? null : (new Period(day, day.Value.AddDays(1), "", -1), true);
        }

        if (g["mm"].Success)
        {
            var first = Day(Int(g["my"]), g["mm"].Value, 1)!.Value;
            return (new Period(first, first.AddMonths(1), "", -1), true);
        }

        return g["y"].Success ? (Years(Int(g["y"]), Int(g["y"]) + 1), true) : null;
    }

    private static Period Years(int from, int until) => new(new DateOnly(from, 1, 1), new DateOnly(until, 1, 1), "", -1);

    private static Period Iranian(int year)
    {
        var (from, until) = IranianCalendar.Year(year);
        return new Period(from, until, "", -1);
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Day(int year, string month, int day)
    {
        // A lookup, not DateTime.ParseExact: no culture data is loaded on the first call (decision 039).
        var m = Array.FindIndex(MonthNames, n => n.Equals(month, StringComparison.OrdinalIgnoreCase)) + 1;
        return day >= 1 && day <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, day) : null;
    }

    // Alternatives are tried in order at each position: the longer, more specific forms come first.
    [GeneratedRegex(
        @"\b(?:from|between)\s+(?<y1>(?:19|20)\d{2})\s+(?:to|and|until|through)\s+(?<y2>(?:19|20)\d{2})\b"
        + @"|\b(?:in|over|during)\s+the\s+(?:last\s+|past\s+)?(?<span>" + NumberWords.Pattern + @"|\d{1,2})\s+years\s+(?:leading\s+up\s+to|up\s+to|to|until|through)\s+(?<spany>(?:19|20)\d{2})\b"
        + @"|\b(?:from|between)\s+(?<m1>" + Month + @")\s+(?<d1>\d{1,2})\s+(?:and|to|until|through)\s+(?<m2>" + Month + @")\s+(?<d2>\d{1,2})(?:,?\s+(?<dy>(?:19|20)\d{2}))?\b"
        + @"|\b(?<first>first\s+(?:(?<half>half)|(?<quarter>quarter)|(?<n>" + NumberWords.Pattern + @"|\d{1,2})\s+months))\s+of\s+(?:this\s+year|(?:the\s+year\s+)?(?<fy>(?:19|20)\d{2}))"
        + @"|\b(?<curiy>current\s+Iranian\s+(?:calendar\s+)?year)"
        + @"|\bIranian\s+(?:calendar\s+)?year\s+(?<iy>1[34]\d{2})\b|\b(?<iy>1[34]\d{2})\s+(?:Iranian|solar)\s+(?:calendar\s+)?year"
        + @"|\bby\s+(?:the\s+end\s+of\s+)?(?<by>(?:19|20)\d{2})\b"
        + @"|\bwithin\s+(?:the\s+next\s+)?(?<within>" + NumberWords.Pattern + @"|\d{1,2})\s+years\b"
        + @"|\bfor\s+(?:the\s+next\s+)?(?<for>" + NumberWords.Pattern + @"|\d{1,2})\s+years\b"
        + @"|\b(?<sofar>so\s+far|to\s+date|up\s+to\s+now)\b"
        + @"|\b(?<current>currently|at\s+present)\b"
        + @"|\b(?<thisyear>this\s+year)\b"
        + @"|\b(?<dm>" + Month + @")\s+(?<dd>\d{1,2}),?\s+(?<ddy>(?:19|20)\d{2})\b"
        + @"|\b(?<mm>" + Month + @")\s+(?<my>(?:19|20)\d{2})\b"
        + @"|(?<!same\s+period\s)\bin\s+(?:the\s+year\s+)?(?<y>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Expressions();
}

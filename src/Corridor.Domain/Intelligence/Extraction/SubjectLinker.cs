using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Chooses the subject of a figure from the names in its sentence: a topic, else a maker (a model counts for its
/// maker), else — when the sentence says "the company", "we" or "our" — the last maker named earlier in the
/// article, else a corridor branch, else a market named as a destination ("to Venezuela"), else any market.
/// Within a rank the name nearest the figure wins.
/// </summary>
internal static partial class SubjectLinker
{
    public static SubjectMatch? Link(IReadOnlyList<(SubjectEntry Entry, int Start, string Words)> names, Sentence sentence, int figureStart, SubjectMatch? lastMaker)
    {
        SubjectMatch? Nearest(Func<(SubjectEntry Entry, int Start, string Words), bool> where, string reason)
        {
            var best = names.Where(where).OrderBy(n => Math.Abs(sentence.Start + n.Start - figureStart)).FirstOrDefault();
            return best.Entry is null ? null : new SubjectMatch(best.Entry.Parent ?? best.Entry.Key, best.Entry.Parent is null ? best.Entry.Kind : SubjectKind.Maker, best.Words, sentence.Start + best.Start, reason);
        }

        return Nearest(n => n.Entry.Kind == SubjectKind.Topic, "topic named in the sentence")
            ?? Nearest(n => n.Entry.Kind == SubjectKind.Maker, "maker named in the sentence")
            ?? Nearest(n => n.Entry.Kind == SubjectKind.Model && n.Entry.Parent is not null, "model named in the sentence; linked to its maker")
            ?? (lastMaker is not null && Reference().Match(sentence.Text) is { Success: true } r
                ? lastMaker with { Reason = $"'{r.Value}' read as the maker last named in the article" }
                : null)
            ?? Nearest(n => n.Entry.Kind == SubjectKind.Branch, "corridor branch named in the sentence")
            ?? Nearest(n => n.Entry.Kind == SubjectKind.Market && IsDestination(sentence.Text, n.Start), "destination market ('to …')")
            ?? Nearest(n => n.Entry.Kind == SubjectKind.Market, "market named in the sentence");
    }

    private static bool IsDestination(string text, int start) => start >= 3 && text.AsSpan(0, start).TrimEnd().EndsWith(" to", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:[Tt]he company|[Tt]he manufacturer|[Tt]he automaker|[Tt]he carmaker|[Ww]e|[Oo]ur)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// The reference names figures are linked to: every alias matched as a whole word, case-sensitively (so "Quick" the
/// model is not "quick"). Built by the caller from the reference data (makers, models, markets, corridor branches,
/// agreements) — the extractor has no list of its own. Aliases are plain ordinal strings searched with
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>, not one regular expression each: no
/// pattern is parsed or interpreted at run time (decision 039).
/// </summary>
public sealed class SubjectDictionary
{
    private readonly (SubjectEntry Entry, string Alias)[] _aliases;

    public SubjectDictionary(IEnumerable<SubjectEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _aliases = [.. entries
            .SelectMany(e => e.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Select(a => (e, a.Trim())))
            .OrderByDescending(p => p.Item2.Length)];
    }

    /// <summary>Number of aliases.</summary>
    public int Count => _aliases.Length;

    /// <summary>
    /// The names in <paramref name="text"/> (offsets relative to it), longest alias first so that "Iran Khodro"
    /// wins over "Iran" where they overlap; overlapping shorter matches are dropped. A match is whole-word: no
    /// letter or decimal digit touches it on either side.
    /// </summary>
    public IReadOnlyList<(SubjectEntry Entry, int Start, string Words)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(SubjectEntry Entry, int Start, string Words)>();
        foreach (var (entry, alias) in _aliases)
        {
            var from = 0;
            while (from <= text.Length - alias.Length)
            {
                var at = text.AsSpan(from).IndexOf(alias, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + alias.Length;
                if ((at > 0 && IsWordChar(text[at - 1])) || (end < text.Length && IsWordChar(text[end])))
                {
                    from = at + 1;
                    continue;
                }

                if (!found.Exists(f => at < f.Start + f.Words.Length && f.Start < end))
                {
                    found.Add((entry, at, alias));
                }

                from = end;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary><c>\p{L}</c> or <c>\p{Nd}</c>, the characters a whole-word alias may not touch.</summary>
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsDigit(c);
}

using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// The reference names figures are linked to, compiled once: every alias matched as a whole word, case-sensitively
/// (so "Quick" the model is not "quick"). Built by the caller from the reference data (makers, models, markets,
/// corridor branches, agreements) — the extractor has no list of its own.
/// </summary>
public sealed class SubjectDictionary
{
    private readonly List<(SubjectEntry Entry, string Alias, Regex Pattern)> _aliases;

    public SubjectDictionary(IEnumerable<SubjectEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _aliases = entries
            .SelectMany(e => e.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Select(a => (e, a.Trim())))
            .OrderByDescending(p => p.Item2.Length)
            .Select(p => (p.e, p.Item2, new Regex(@"(?<![\p{L}\p{Nd}])" + Regex.Escape(p.Item2) + @"(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
            .ToList();
    }

    /// <summary>Number of aliases.</summary>
    public int Count => _aliases.Count;

    /// <summary>
    /// The names in <paramref name="text"/> (offsets relative to it), longest alias first so that "Iran Khodro"
    /// wins over "Iran" where they overlap; overlapping shorter matches are dropped.
    /// </summary>
    public IReadOnlyList<(SubjectEntry Entry, int Start, string Words)> Find(string text)
    {
        var found = new List<(SubjectEntry Entry, int Start, string Words)>();
        foreach (var (entry, _, pattern) in _aliases)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!found.Exists(f => m.Index < f.Start + f.Words.Length && f.Start < m.Index + m.Length))
                {
                    found.Add((entry, m.Index, m.Value));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}

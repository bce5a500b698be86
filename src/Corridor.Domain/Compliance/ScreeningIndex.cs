using System.Collections.Frozen;

namespace Corridor.Compliance;

/// <summary>
/// An in-memory index of list entries for screening. Candidate generation never scans the list: every name token is
/// posted under its text, its consonant skeleton, its skeleton with one letter deleted (so one consonant error still
/// meets) and the skeleton of it joined to its neighbour (for names written together); identifiers are posted by value.
/// A query collects the names that share keys, ranks them by the summed rarity (IDF) of the shared keys, scores the best
/// <see cref="CandidatesPerQuery"/> fully with <see cref="NameComparer"/> and the field evidence, and returns the entries
/// at or above the threshold, best first. Immutable after <see cref="Build"/>; safe to query from many threads.
/// </summary>
public sealed class ScreeningIndex
{
    /// <summary>How many candidate names are scored in full per query name.</summary>
    public const int CandidatesPerQuery = 48;

    private readonly ListEntry[] _entries;
    private readonly NormalisedName[] _names;
    private readonly int[] _nameEntry;
    private readonly FrozenDictionary<string, int[]> _postings;
    private readonly FrozenDictionary<string, int[]> _identifiers;

    private ScreeningIndex(ListEntry[] entries, NormalisedName[] names, int[] nameEntry, FrozenDictionary<string, int[]> postings, FrozenDictionary<string, int[]> identifiers)
    {
        _entries = entries;
        _names = names;
        _nameEntry = nameEntry;
        _postings = postings;
        _identifiers = identifiers;
    }

    public int EntryCount => _entries.Length;

    public int NameCount => _names.Length;

    public IReadOnlyList<ListEntry> Entries => _entries;

    public static ScreeningIndex Build(IEnumerable<ListEntry> entries)
    {
        var entryList = entries.ToArray();
        var names = new List<NormalisedName>(entryList.Length * 2);
        var nameEntry = new List<int>(entryList.Length * 2);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < entryList.Length; e++)
        {
            var entry = entryList[e];
            var kind = KindOf(entry.Type);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var listName in entry.Names)
            {
                var normalised = NameNormaliser.Normalise(listName.Text, kind);
                if (normalised.Tokens.Count == 0 || !seen.Add(normalised.Form))
                {
                    continue;
                }

                var id = names.Count;
                names.Add(normalised);
                nameEntry.Add(e);
                keys.Clear();
                KeysOf(normalised, keys, query: false);
                foreach (var key in keys)
                {
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    list.Add(id);
                }
            }

            foreach (var identifier in entry.Identifiers)
            {
                if (identifier.Value.Length < 5)
                {
                    continue;
                }

                if (!identifiers.TryGetValue(identifier.Value, out var list))
                {
                    identifiers[identifier.Value] = list = [];
                }

                if (list.Count == 0 || list[^1] != e)
                {
                    list.Add(e);
                }
            }
        }

        return new ScreeningIndex(
            entryList,
            names.ToArray(),
            nameEntry.ToArray(),
            postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            identifiers.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The entries matching the query at or above <paramref name="threshold"/>, best first (ties by entry key), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<ScreeningHit> Search(ScreeningQuery query, double threshold = NameComparer.DefaultThreshold, int limit = 10)
    {
        var kind = KindOf(query.Type);
        var best = new Dictionary<int, (double NameScore, NameComparison Comparison)>();
        foreach (var name in query.Names)
        {
            var normalised = NameNormaliser.Normalise(name, kind);
            if (normalised.Tokens.Count == 0)
            {
                continue;
            }

            foreach (var candidate in Candidates(normalised))
            {
                var comparison = NameComparer.Compare(normalised, _names[candidate]);
                var entry = _nameEntry[candidate];
                if (!best.TryGetValue(entry, out var current) || comparison.Score > current.NameScore)
                {
                    best[entry] = (comparison.Score, comparison);
                }
            }
        }

        if (query.Identifiers is { Count: > 0 })
        {
            foreach (var identifier in query.Identifiers)
            {
                if (!_identifiers.TryGetValue(identifier.Value, out var entries))
                {
                    continue;
                }

                foreach (var e in entries)
                {
                    if (!best.ContainsKey(e))
                    {
                        var queryName = NameNormaliser.Normalise(query.Names.FirstOrDefault() ?? "", kind);
                        var comparison = BestNameOf(queryName, e);
                        best[e] = (comparison.Score, comparison);
                    }
                }
            }
        }

        var hits = new List<ScreeningHit>();
        foreach (var (e, (nameScore, comparison)) in best)
        {
            var entry = _entries[e];
            var (score, evidence) = EvidenceScorer.Apply(nameScore, query, entry);
            if (score >= threshold)
            {
                hits.Add(new ScreeningHit(entry, score, nameScore, comparison, evidence));
            }
        }

        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entry.Key, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    /// <summary>The names of the index most likely to match, ranked by the summed IDF of shared keys; never the whole list.</summary>
    private IEnumerable<int> Candidates(NormalisedName query)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        KeysOf(query, keys, query: true);
        var total = Math.Max(1, _names.Length);
        var found = new List<(string Key, int[] List)>(keys.Count);
        foreach (var key in keys)
        {
            if (_postings.TryGetValue(key, out var list))
            {
                found.Add((key, list));
            }
        }

        // Rarest keys first. A very common key (bank, mohammad, a two-letter skeleton) only adds to names already reached
        // through rarer keys, unless those found too few names: then it seeds the candidates itself.
        found.Sort((a, b) => a.List.Length != b.List.Length ? a.List.Length.CompareTo(b.List.Length) : string.CompareOrdinal(a.Key, b.Key));
        var commonFrom = Math.Max(2000, total / 50);
        var accumulated = new Dictionary<int, double>();
        foreach (var (key, list) in found)
        {
            var idf = Math.Log(1.0 + (double)total / list.Length) * KeyWeight(key);
            var seeding = list.Length <= commonFrom || accumulated.Count < CandidatesPerQuery;
            foreach (var id in list)
            {
                if (seeding)
                {
                    accumulated[id] = accumulated.GetValueOrDefault(id) + idf;
                }
                else if (accumulated.TryGetValue(id, out var v))
                {
                    accumulated[id] = v + idf;
                }
            }
        }

        if (accumulated.Count <= CandidatesPerQuery)
        {
            return accumulated.Keys.Order();
        }

        return accumulated
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .Take(CandidatesPerQuery)
            .Select(kv => kv.Key);
    }

    private NameComparison BestNameOf(NormalisedName query, int entry)
    {
        NameComparison? best = null;
        for (var id = 0; id < _names.Length; id++)
        {
            if (_nameEntry[id] != entry)
            {
                continue;
            }

            var c = NameComparer.Compare(query, _names[id]);
            if (best is null || c.Score > best.Score)
            {
                best = c;
            }
        }

        return best ?? NameComparer.Compare(query, NameNormaliser.Normalise(_entries[entry].Caption));
    }

    private static double KeyWeight(string key) => key[0] switch
    {
        't' => 1.0,
        's' => 0.8,
        'j' => 0.8,
        'g' => 0.25,
        _ => 0.4,
    };

    /// <summary>The index keys of a name: t:text, s:skeleton, d:skeleton less one letter, j:skeleton of two neighbours joined.</summary>
    internal static void KeysOf(NormalisedName name, HashSet<string> keys, bool query)
    {
        var tokens = name.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind is NameTokenKind.Particle or NameTokenKind.Initial or NameTokenKind.LegalForm)
            {
                continue;
            }

            keys.Add("t:" + t.Text);
            if (t.Text.Length >= 4 && !t.Vowelless)
            {
                // padded character trigrams catch spellings whose skeletons differ (Sepakh/Sepah, Chamenei/Khamenei)
                var padded = "^" + t.Text + "$";
                for (var k = 0; k + 3 <= padded.Length; k++)
                {
                    keys.Add(string.Concat("g:", padded.AsSpan(k, 3)));
                }
            }

            if (!ReferenceEquals(t.AltSkeleton, t.Skeleton) && t.AltSkeleton.Length >= 2)
            {
                keys.Add("s:" + t.AltSkeleton);
            }

            var skeleton = t.Skeleton;
            if (skeleton.Length >= 2)
            {
                keys.Add("s:" + skeleton);
                keys.Add("j:" + skeleton);
            }

            if (skeleton.Length >= 4)
            {
                // Symmetric deletes: the index posts each skeleton less one letter under d:; a query also looks its own
                // deletes up under s: (it has a letter too many) and its skeleton under d: (a letter too few).
                if (query)
                {
                    keys.Add("d:" + skeleton);
                }

                for (var k = 0; k < skeleton.Length; k++)
                {
                    var deleted = string.Concat(skeleton.AsSpan(0, k), skeleton.AsSpan(k + 1));
                    keys.Add("d:" + deleted);
                    if (query)
                    {
                        keys.Add("s:" + deleted);
                    }
                }
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Kind is not NameTokenKind.Number)
            {
                var joined = NameSkeleton.Of(t.Text + tokens[i + 1].Text, t.Vowelless || tokens[i + 1].Vowelless);
                if (joined.Length >= 3)
                {
                    keys.Add("j:" + joined);
                }
            }
        }
    }

    private static NameKind KindOf(ListEntryType type) => type switch
    {
        ListEntryType.Person => NameKind.Person,
        ListEntryType.Organisation => NameKind.Organisation,
        ListEntryType.Vessel => NameKind.Vessel,
        ListEntryType.Aircraft => NameKind.Aircraft,
        _ => NameKind.Unknown,
    };
}

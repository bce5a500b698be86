using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Corridor.Compliance;

/// <summary>
/// An in-memory index of list entries for screening. Candidate generation never scans the list: every name token is
/// posted under its text, its consonant skeleton, its padded character trigrams and the skeleton of it joined to its
/// neighbour (for names written together or apart); identifiers are posted by value. A query also looks up its skeletons
/// less one letter. It collects the names that share keys, rarest keys first, ranks them by the summed rarity (IDF) of
/// the shared keys, scores the best <see cref="CandidatesPerQuery"/> (and those tied with the last) fully with
/// <see cref="NameComparer"/> and the field evidence, and returns the entries at or above the threshold, best first.
/// Immutable after <see cref="Build"/>; safe to query from many threads.
/// </summary>
public sealed class ScreeningIndex
{
    /// <summary>How many candidate names are scored in full per query name.</summary>
    public const int CandidatesPerQuery = 40;

    /// <summary>After this many names are reached, further keys only add weight to names already reached.</summary>
    private const int SeedLimit = 600;

    /// <summary>Names tied with the last candidate are added up to this multiple of <see cref="CandidatesPerQuery"/>.</summary>
    private const int TieFactor = 2;

    private readonly ListEntry[] _entries;
    private readonly NormalisedName[] _names;
    private readonly int[] _nameEntry;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, int[]> _identifiers;

    private ScreeningIndex(ListEntry[] entries, NormalisedName[] names, int[] nameEntry, Dictionary<string, int[]> postings, Dictionary<string, int[]> identifiers)
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
            Compact(postings),
            Compact(identifiers));
    }

    private static Dictionary<string, int[]> Compact(Dictionary<string, List<int>> lists)
    {
        var compact = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists)
        {
            compact[key] = list.ToArray();
            list.Clear();
            list.TrimExcess();
        }

        return compact;
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
    private int[] Candidates(NormalisedName query)
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

        // Rarest keys first. Keys add weight to the names they reach; once enough names are reached, a key only adds to
        // names already reached (a binary search in its sorted posting list when that list is long), so a very common
        // key (bank, mohammad, a frequent trigram) costs little.
        found.Sort((a, b) => a.List.Length != b.List.Length ? a.List.Length.CompareTo(b.List.Length) : string.CompareOrdinal(a.Key, b.Key));
        var commonFrom = Math.Max(2000, total / 50);
        var accumulated = new Dictionary<int, double>(512);
        foreach (var (key, list) in found)
        {
            if (list.Length * 3 > total && accumulated.Count > 0)
            {
                // on a third of all names or more: tells nothing once other keys have spoken
                continue;
            }

            var idf = Math.Log(1.0 + (double)total / list.Length) * KeyWeight(key);
            var seeding = accumulated.Count < SeedLimit && (list.Length <= commonFrom || accumulated.Count < CandidatesPerQuery);
            if (seeding)
            {
                foreach (var id in list)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(accumulated, id, out _) += idf;
                }
            }
            else if (list.Length > accumulated.Count * 8)
            {
                foreach (var id in accumulated.Keys.ToArray())
                {
                    if (Array.BinarySearch(list, id) >= 0)
                    {
                        accumulated[id] += idf;
                    }
                }
            }
            else
            {
                foreach (var id in list)
                {
                    ref var v = ref CollectionsMarshal.GetValueRefOrNullRef(accumulated, id);
                    if (!Unsafe.IsNullRef(ref v))
                    {
                        v += idf;
                    }
                }
            }
        }

        if (accumulated.Count <= CandidatesPerQuery)
        {
            return accumulated.Keys.Order().ToArray();
        }

        // the best CandidatesPerQuery by weight, ties by id (deterministic)
        var top = new PriorityQueue<int, (double Weight, int NegativeId)>(CandidatesPerQuery + 1);
        foreach (var (id, weight) in accumulated)
        {
            top.Enqueue(id, (weight, -id));
            if (top.Count > CandidatesPerQuery)
            {
                top.Dequeue();
            }
        }

        var result = new List<int>(CandidatesPerQuery * 2);
        var cutoff = double.MaxValue;
        while (top.Count > 0)
        {
            top.TryDequeue(out var id, out var priority);
            cutoff = Math.Min(cutoff, priority.Weight);
            result.Add(id);
        }

        // Names tied with the last one taken are as likely as it: take them too (up to twice as many), so the
        // cut never falls arbitrarily inside a group that shares the same keys.
        var chosen = result.ToHashSet();
        foreach (var (id, weight) in accumulated)
        {
            if (result.Count >= CandidatesPerQuery * TieFactor)
            {
                break;
            }

            if (Math.Abs(weight - cutoff) < 1e-9 && !chosen.Contains(id))
            {
                result.Add(id);
            }
        }

        result.Sort();
        return result.ToArray();
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
        't' => key.Length <= 4 ? 0.5 : 1.0, // a token of one or two letters is weak evidence
        's' => 0.8,
        'j' => 0.4,
        'g' => 0.25,
        _ => 0.4,
    };

    /// <summary>The keys of a name: t:text, g:trigram, s:skeleton, j:skeleton of two neighbours joined; a query adds s: of its skeletons less one letter and of joined pairs, and j: of single skeletons.</summary>
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
                if (query)
                {
                    // a token of the query that the list writes as two (Siemens AG for SiemensAG)
                    keys.Add("j:" + skeleton);
                }
            }

            if (skeleton.Length >= 4)
            {
                // A query also looks up its skeleton less one letter (a letter too many, e.g. a doubled consonant);
                // other single errors meet through the trigrams.
                if (query)
                {
                    for (var k = 0; k < skeleton.Length; k++)
                    {
                        keys.Add(string.Concat("s:", skeleton.AsSpan(0, k), skeleton.AsSpan(k + 1)));
                    }
                }
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Kind is not NameTokenKind.Number)
            {
                var joined = NameSkeleton.Of(t.Text + tokens[i + 1].Text, t.Vowelless || tokens[i + 1].Vowelless);
                if (joined.Length >= 3)
                {
                    keys.Add("j:" + joined);
                    if (query)
                    {
                        // two tokens of the query that the list writes as one
                        keys.Add("s:" + joined);
                    }
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

using System.Runtime.InteropServices;

namespace Corridor.Compliance;

/// <summary>
/// An in-memory index of list entries for screening. Candidate generation never scans the list: every name token is
/// posted under its text, its consonant skeleton, its padded character trigrams and the skeleton of it joined to its
/// neighbour (for names written together or apart), and under its English spelling and Han readings when it has them
/// (<see cref="NameToken.Spelling"/>, <see cref="NameReadings"/>); identifiers are posted by value. A query also looks
/// up its skeletons less one letter. It collects the names that share keys, rarest keys first, ranks them by the summed rarity (IDF) of
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

    /// <summary>
    /// A key on more names than this seeds no new names once <see cref="CandidatesPerQuery"/> are reached; it only adds
    /// weight to names already reached. A fixed number, so the work per query stays bounded however long the list is
    /// (up to 1.0 it grew with the list, a fiftieth of all names, which made very common keys of a million-name list
    /// reach tens of thousands of names). The same as 1.0 on lists of up to 100,000 names.
    /// </summary>
    private const int CommonPosting = 2000;

    /// <summary>Names tied with the last candidate are added up to this multiple of <see cref="CandidatesPerQuery"/>.</summary>
    private const int TieFactor = 2;

    private readonly ListEntry[] _entries;
    private readonly NormalisedName[] _names;
    private readonly int[] _nameEntry;
    private readonly int[] _entryNames;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, int[]> _identifiers;
    /// <summary>
    /// Spare scratches, one per query that ran at the same time (up to 64): a scratch holds a weight per name (8 MB on a
    /// million names), so dropping and re-allocating them under a burst of parallel queries would churn the large-object heap.
    /// </summary>
    private readonly CandidateScratch?[] _scratch = new CandidateScratch?[64];

    private ScreeningIndex(ListEntry[] entries, NormalisedName[] names, int[] nameEntry, Dictionary<string, int[]> postings, Dictionary<string, int[]> identifiers)
    {
        _entries = entries;
        _names = names;
        _nameEntry = nameEntry;

        // names are added entry by entry, so an entry's names are the run _entryNames[e] .. _entryNames[e + 1]
        _entryNames = new int[entries.Length + 1];
        for (int e = 0, id = 0; e <= entries.Length; e++)
        {
            while (id < nameEntry.Length && nameEntry[id] < e)
            {
                id++;
            }

            _entryNames[e] = id;
        }

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
        var keys = new KeySet();
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
                keys.Keys.Clear();
                ScreeningKeys.Of(normalised, keys, query: false);
                foreach (var key in keys.Keys)
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

        var compact = Compact(postings);
        var all = names.ToArray();
        var interned = new Dictionary<NameToken, NameToken>();
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = Interned(WithRarity(all[i], compact, all.Length), interned);
        }

        return new ScreeningIndex(
            entryList,
            all,
            nameEntry.ToArray(),
            compact,
            Compact(identifiers));
    }

    /// <summary>
    /// The name with each content token's <see cref="NameToken.Rarity"/> from the number of listed names it is on (df):
    /// 1 up to 10 names, falling log-linearly to 0.5 for a token on every name (matcher 2.0).
    /// </summary>
    /// <summary>A content token on at most this many listed names weighs in full (2.1; 2.0: 10).</summary>
    private const int RareUpTo = 3;

    /// <summary>The weight of a content token on every listed name (2.1; 2.0: 0.5).</summary>
    private const double CommonRarity = 0.25;

    private static NormalisedName WithRarity(NormalisedName name, Dictionary<string, int[]> postings, int total)
    {
        NameToken[]? tokens = null;
        var lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[130];
        for (var i = 0; i < name.Tokens.Count; i++)
        {
            var t = name.Tokens[i];
            if (t.Kind != NameTokenKind.Content)
            {
                continue;
            }

            // the key t:text in a buffer (no string per token)
            int[]? list;
            if (t.Text.Length <= 128)
            {
                key[0] = 't';
                key[1] = ':';
                t.Text.CopyTo(key[2..]);
                lookup.TryGetValue(key[..(t.Text.Length + 2)], out list);
            }
            else
            {
                postings.TryGetValue("t:" + t.Text, out list);
            }

            if (list is null || list.Length <= RareUpTo)
            {
                continue;
            }

            tokens ??= [.. name.Tokens];
            var rarity = 1 - ((1 - CommonRarity) * Math.Log(list.Length / (double)RareUpTo) / Math.Log(Math.Max(total, 100) / (double)RareUpTo));
            tokens[i] = t with { Rarity = Math.Round(Math.Clamp(rarity, CommonRarity, 1), 3) };
        }

        return tokens is null ? name : name with { Tokens = tokens };
    }

    /// <summary>
    /// The name with each token replaced by the first equal token of the index (records compare by value), so that a
    /// query's comparisons can recognise a token met in an earlier candidate by reference (<see cref="SimilarityCache"/>).
    /// </summary>
    private static NormalisedName Interned(NormalisedName name, Dictionary<NameToken, NameToken> interned)
    {
        var tokens = new NameToken[name.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = name.Tokens[i];
            if (!interned.TryGetValue(t, out var same))
            {
                interned[t] = same = t;
            }

            tokens[i] = same;
        }

        return name with { Tokens = tokens };
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

        // per entry: the best name score and which query name and list name gave it (the first of equals); the
        // explanation is built only for the entries that become hits
        var best = new Dictionary<int, (double NameScore, NormalisedName Query, int Name)>(CandidatesPerQuery * TieFactor);
        NormalisedName? first = null;
        foreach (var name in query.Names)
        {
            var normalised = WithRarity(NameNormaliser.Normalise(name, kind), _postings, _names.Length);
            first ??= normalised;
            if (normalised.Tokens.Count == 0)
            {
                continue;
            }

            foreach (var candidate in Candidates(normalised))
            {
                var score = NameComparer.ScoreOf(normalised, _names[candidate]);
                var entry = _nameEntry[candidate];
                if (!best.TryGetValue(entry, out var current) || score > current.NameScore)
                {
                    best[entry] = (score, normalised, candidate);
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
                        var queryName = first ?? NameNormaliser.Normalise("", kind);
                        best[e] = BestNameOf(queryName, e);
                    }
                }
            }
        }

        var hits = new List<ScreeningHit>();
        foreach (var (e, (nameScore, queryName, nameId)) in best)
        {
            var entry = _entries[e];
            var (score, evidence) = EvidenceScorer.Apply(nameScore, query, entry);
            if (score >= threshold)
            {
                var comparison = NameComparer.Compare(queryName, nameId >= 0 ? _names[nameId] : NameNormaliser.Normalise(entry.Caption));
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
        var scratch = TakeScratch();
        try
        {
            return Candidates(query, scratch);
        }
        finally
        {
            scratch.Reset();
            ReturnScratch(scratch);
        }
    }

    /// <summary>A spare scratch from the slots (lock-free), or a new one when all are in use.</summary>
    private CandidateScratch TakeScratch()
    {
        for (var i = 0; i < _scratch.Length; i++)
        {
            if (Interlocked.Exchange(ref _scratch[i], null) is { } spare)
            {
                return spare;
            }
        }

        return new CandidateScratch(_names.Length, _postings);
    }

    private void ReturnScratch(CandidateScratch scratch)
    {
        for (var i = 0; i < _scratch.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _scratch[i], scratch, null) is null)
            {
                return;
            }
        }
    }

    private int[] Candidates(NormalisedName query, CandidateScratch scratch)
    {
        var keys = scratch.Keys;
        ScreeningKeys.Of(query, keys, query: true);
        var total = Math.Max(1, _names.Length);
        var found = keys.Found;

        // Rarest keys first. Keys add weight to the names they reach; once enough names are reached, a key only adds to
        // names already reached (a binary search in its sorted posting list when that list is long), so a very common
        // key (bank, mohammad, a frequent trigram) costs little. The weights live in a dense array (every IDF is
        // positive, so a weight of 0 means "not reached") and the reached names in a list, in the order they were reached.
        found.Sort(static (a, b) => a.List.Length != b.List.Length ? a.List.Length.CompareTo(b.List.Length) : string.CompareOrdinal(a.Key, b.Key));
        var weights = scratch.Weights;
        var reached = scratch.Reached;
        foreach (var (key, list) in found)
        {
            if (list.Length * 3 > total && reached.Count > 0)
            {
                // on a third of all names or more: tells nothing once other keys have spoken
                continue;
            }

            var idf = Math.Log(1.0 + (double)total / list.Length) * KeyWeight(key);
            var seeding = reached.Count < SeedLimit && (list.Length <= CommonPosting || reached.Count < CandidatesPerQuery);
            if (seeding)
            {
                foreach (var id in list)
                {
                    if (weights[id] == 0)
                    {
                        reached.Add(id);
                    }

                    weights[id] += idf;
                }
            }
            else if (list.Length > reached.Count * 8)
            {
                AddWhereListed(scratch.SortedReached(), list, weights, idf);
            }
            else
            {
                foreach (var id in list)
                {
                    if (weights[id] != 0)
                    {
                        weights[id] += idf;
                    }
                }
            }
        }

        if (reached.Count <= CandidatesPerQuery)
        {
            var all = reached.ToArray();
            Array.Sort(all);
            return all;
        }

        // the best CandidatesPerQuery by weight, ties by id (deterministic)
        var top = scratch.Top;
        foreach (var id in CollectionsMarshal.AsSpan(reached))
        {
            var priority = (weights[id], -id);
            if (top.Count == CandidatesPerQuery)
            {
                // the smallest of the queue would leave it again at once: skip it (priorities are distinct, ids differ)
                if (top.TryPeek(out _, out var least) && priority.CompareTo(least) < 0)
                {
                    continue;
                }
            }

            top.Enqueue(id, priority);
            if (top.Count > CandidatesPerQuery)
            {
                top.Dequeue();
            }
        }

        var result = new List<int>(CandidatesPerQuery * TieFactor);
        var cutoff = double.MaxValue;
        while (top.Count > 0)
        {
            top.TryDequeue(out var id, out var priority);
            cutoff = Math.Min(cutoff, priority.Weight);
            result.Add(id);
        }

        // Names tied with the last one taken are as likely as it: take them too (up to twice as many), so the
        // cut never falls arbitrarily inside a group that shares the same keys.
        var chosen = scratch.Chosen;
        chosen.UnionWith(result);
        foreach (var id in CollectionsMarshal.AsSpan(reached))
        {
            if (result.Count >= CandidatesPerQuery * TieFactor)
            {
                break;
            }

            if (Math.Abs(weights[id] - cutoff) < 1e-9 && !chosen.Contains(id))
            {
                result.Add(id);
            }
        }

        result.Sort();
        return result.ToArray();
    }

    /// <summary>
    /// Adds <paramref name="idf"/> to the names of <paramref name="sortedIds"/> that are in <paramref name="list"/> (both
    /// ascending): a galloping merge, so a long posting list costs a few steps per reached name, moving forward only.
    /// </summary>
    private static void AddWhereListed(ReadOnlySpan<int> sortedIds, int[] list, double[] weights, double idf)
    {
        var lo = 0;
        foreach (var id in sortedIds)
        {
            if (lo >= list.Length)
            {
                return;
            }

            // every list[k] with k < lo is below id; gallop to a window [from, to] holding the first list[k] >= id
            var bound = 1;
            while (lo + bound < list.Length && list[lo + bound] < id)
            {
                bound <<= 1;
            }

            // the first position in [from, to + 1) whose value is >= id
            var from = lo + (bound >> 1);
            var to = Math.Min(lo + bound, list.Length - 1) + 1;
            while (from < to)
            {
                var mid = (from + to) >>> 1;
                if (list[mid] < id)
                {
                    from = mid + 1;
                }
                else
                {
                    to = mid;
                }
            }

            if (from < list.Length && list[from] == id)
            {
                weights[id] += idf;
                from++;
            }

            lo = from;
        }
    }

    /// <summary>The buffers of one candidate search, pooled per index: a weight per name of the index and what was touched.</summary>
    private sealed class CandidateScratch(int names, Dictionary<string, int[]> postings)
    {
        private int[] _sorted = new int[1024];
        private int _sortedCount = -1;

        /// <summary>The reached names in ascending order (sorted again only when more were reached since).</summary>
        public ReadOnlySpan<int> SortedReached()
        {
            if (_sortedCount != Reached.Count)
            {
                if (_sorted.Length < Reached.Count)
                {
                    _sorted = new int[Math.Max(Reached.Count, _sorted.Length * 2)];
                }

                CollectionsMarshal.AsSpan(Reached).CopyTo(_sorted);
                _sortedCount = Reached.Count;
                Array.Sort(_sorted, 0, _sortedCount);
            }

            return _sorted.AsSpan(0, _sortedCount);
        }

        public double[] Weights { get; } = new double[names];

        public List<int> Reached { get; } = new(1024);

        public KeyLookup Keys { get; } = new(postings);

        public PriorityQueue<int, (double Weight, int NegativeId)> Top { get; } = new(CandidatesPerQuery + 1);

        public HashSet<int> Chosen { get; } = [];

        public void Reset()
        {
            foreach (var id in CollectionsMarshal.AsSpan(Reached))
            {
                Weights[id] = 0;
            }

            Reached.Clear();
            _sortedCount = -1;
            Keys.Clear();
            Top.Clear();
            Chosen.Clear();
        }
    }

    /// <summary>The best of an entry's names for the query (the first of equals); name −1 when the entry has none indexed.</summary>
    private (double NameScore, NormalisedName Query, int Name) BestNameOf(NormalisedName query, int entry)
    {
        (double NameScore, NormalisedName Query, int Name)? best = null;
        for (var id = _entryNames[entry]; id < _entryNames[entry + 1]; id++)
        {
            var score = NameComparer.ScoreOf(query, _names[id]);
            if (best is null || score > best.Value.NameScore)
            {
                best = (score, query, id);
            }
        }

        return best ?? (NameComparer.ScoreOf(query, NameNormaliser.Normalise(_entries[entry].Caption)), query, -1);
    }

    private static double KeyWeight(string key) => key[0] switch
    {
        't' => key.Length <= 4 ? 0.5 : 1.0, // a token of one or two letters is weak evidence
        's' => 0.8,
        'j' => 0.4,
        'g' => 0.25,
        _ => 0.4,
    };

    /// <summary>How a name of an entry or query of this type is normalised.</summary>
    public static NameKind KindOf(ListEntryType type) => type switch
    {
        ListEntryType.Person => NameKind.Person,
        ListEntryType.Organisation => NameKind.Organisation,
        ListEntryType.Vessel => NameKind.Vessel,
        ListEntryType.Aircraft => NameKind.Aircraft,
        _ => NameKind.Unknown,
    };
}

using System.Runtime.InteropServices;

namespace Corridor.Compliance;

/// <summary>
/// Compares two normalised names: aligns their tokens (exact, fuzzy, consonant skeleton, initials, tokens written together
/// or apart, initialisms), then scores the weighted share of the names that the alignment explains. Tokens left without a
/// counterpart lower the score, and more so when both names have some (one name part swapped for another). Pure and
/// deterministic: the same two names always give the same score.
/// </summary>
public static class NameComparer
{
    /// <summary>The score from which a name is a possible match (precision/recall balance on the name benchmark, docs/compliance-quality.md).</summary>
    public const double DefaultThreshold = 0.65;

    /// <summary>Scoring constants; part of <see cref="MatcherVersion.Current"/>: change them and the version changes.</summary>
    internal static class Tuning
    {
        public const double StrongPair = 0.8;
        public const double WeakPair = 0.5;
        public const double CreditFloor = 0.4;
        public const double CreditFull = 0.9;
        public const double QueryExtra = 0.5;
        public const double CandidateExtra = 0.35;
        public const double Conflict = 0.5;
        public const double ConflictFactor = 0.35;
    }

    /// <summary>The score of two names with its token-by-token explanation.</summary>
    public static NameComparison Compare(NormalisedName query, NormalisedName candidate)
    {
        var (q, c, _) = BestReading(query, candidate);
        var explanation = new List<TokenMatch>(q.Tokens.Count + c.Tokens.Count);
        var score = Run(q, c, explanation);
        return new NameComparison(q, c, score, explanation) { Limited = explanation.Count > 0 && explanation[^1].Kind == TokenMatchKind.Limited ? explanation[^1].Query : null };
    }

    /// <summary>The same score as <see cref="Compare"/> without building the explanation: for ranking many candidates.</summary>
    public static double ScoreOf(NormalisedName query, NormalisedName candidate) => BestReading(query, candidate).Score;

    /// <summary>
    /// The names as compared: as transliterated, or, when one name has Han characters and the other none, the Han name in
    /// its Korean or Japanese reading (<see cref="NameReadings"/>) if that scores higher (the first of equals).
    /// </summary>
    private static (NormalisedName Query, NormalisedName Candidate, double Score) BestReading(NormalisedName query, NormalisedName candidate)
    {
        var best = (query, candidate, Run(query, candidate, null, cached: true));
        if (best.Item3 >= 1 || (query.Readings is null) == (candidate.Readings is null))
        {
            return best;
        }

        var hanIsQuery = query.Readings is not null;
        var (han, other) = hanIsQuery ? (query, candidate) : (candidate, query);
        foreach (var language in NameReadings.Languages)
        {
            var read = han.Readings!.ReadAgainst(han, language, other);
            var score = hanIsQuery ? Run(read, other, null) : Run(other, read, null, cached: true);
            if (score > best.Item3)
            {
                best = hanIsQuery ? (read, other, score) : (other, read, score);
            }
        }

        return best;
    }

    /// <param name="cached">The query is the one being screened (not a reading of it): the similarities of its tokens to a
    /// list token are kept for the next candidate that has the same token (<see cref="SimilarityCache"/>).</param>
    private static double Run(NormalisedName query, NormalisedName candidate, List<TokenMatch>? explanation, bool cached = false)
    {
        var q = SpanOf(query.Tokens);
        var c = SpanOf(candidate.Tokens);
        var scratch = Scratch.For(q.Length, c.Length);
        var qOwner = scratch.QOwner;
        var cOwner = scratch.COwner;
        var pairs = scratch.Pairs;
        var sims = scratch.Sims;
        var hows = scratch.Hows;
        var m = c.Length;
        var n = q.Length;
        var cache = cached ? SimilarityCache.For(query) : null;
        for (var j = 0; j < m; j++)
        {
            if (cache is not null && cache.TryGet(c[j], out var offset))
            {
                for (var i = 0; i < n; i++)
                {
                    sims[i * m + j] = cache.Sims[offset + i];
                    hows[i * m + j] = cache.Hows[offset + i];
                }

                continue;
            }

            for (var i = 0; i < n; i++)
            {
                sims[i * m + j] = TokenSimilarity.Of(q[i], c[j], out hows[i * m + j]);
            }

            if (cache is not null)
            {
                offset = cache.Add(c[j], n);
                for (var i = 0; i < n; i++)
                {
                    cache.Sims[offset + i] = sims[i * m + j];
                    cache.Hows[offset + i] = hows[i * m + j];
                }
            }
        }

        Greedy(scratch, q.Length, m, 0.999);
        Joins(q, c, qOwner, cOwner, pairs, swapped: false);
        Joins(c, q, cOwner, qOwner, pairs, swapped: true);
        // a person's initials stand for given names, two at most (JC ~ Jean-Claude): Taş is not Tabuki Ali Saleh, Souad
        // Al is not Sa (matcher 2.4)
        var person = query.Kind == NameKind.Person || candidate.Kind == NameKind.Person;
        Initialisms(q, c, qOwner, cOwner, pairs, swapped: false, person);
        Initialisms(c, q, cOwner, qOwner, pairs, swapped: true, person);
        Greedy(scratch, q.Length, m, Tuning.StrongPair);
        Greedy(scratch, q.Length, m, Tuning.WeakPair);

        return Score(q, c, qOwner, cOwner, pairs, explanation, candidate.Kind);
    }

    private static double Score(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, int[] qOwner, int[] cOwner, List<Pair> pairs, List<TokenMatch>? explanation, NameKind candidateKind)
    {
        double credit = 0, weight = 0, qShort = 0, cShort = 0, qOnly = 0, cOnly = 0;

        // in the order of the pairs' first query token (each query token is in one pair at most, so the order is total)
        pairs.Sort(static (x, y) => x.QStart.CompareTo(y.QStart));
        foreach (var p in pairs)
        {
            double wq = 0, wc = 0;
            for (var i = p.QStart; i < p.QStart + p.QLength; i++)
            {
                wq += q[i].Weight;
            }

            for (var j = p.CStart; j < p.CStart + p.CLength; j++)
            {
                wc += c[j].Weight;
            }

            var w = (wq + wc) / 2;
            var g = Credit(p.Similarity);
            credit += w * g;
            weight += w;
            qShort += wq * (1 - g);
            cShort += wc * (1 - g);
            explanation?.Add(new TokenMatch(Text(q, p.QStart, p.QLength), Text(c, p.CStart, p.CLength), p.Kind, Math.Round(p.Similarity, 4), Math.Round(w, 4)));
        }

        for (var i = 0; i < q.Length; i++)
        {
            if (qOwner[i] < 0)
            {
                qOnly += q[i].Weight;
                explanation?.Add(new TokenMatch(q[i].Text, "", TokenMatchKind.QueryOnly, 0, q[i].Weight));
            }
        }

        for (var j = 0; j < c.Length; j++)
        {
            if (cOwner[j] < 0)
            {
                cOnly += c[j].Weight;
                explanation?.Add(new TokenMatch("", c[j].Text, TokenMatchKind.CandidateOnly, 0, c[j].Weight));
            }
        }

        // A conflict is one name part put in the place of another. An alignment of one pair with nothing left over (two
        // one-word names, or one name's words written together in the other) cannot have one: how far apart the names
        // are is already the pair's credit, and counting it again would punish them twice for one difference.
        var conflict = pairs.Count == 1 && qOnly == 0 && cOnly == 0 ? 0 : Math.Min(qOnly + qShort, cOnly + cShort);
        var denominator = weight + Tuning.QueryExtra * qOnly + Tuning.CandidateExtra * cOnly + Tuning.Conflict * conflict;
        var score = denominator <= 0 ? 0 : credit / denominator * (1 - Tuning.ConflictFactor * Math.Min(conflict, 1));
        if (score > NameEvidence.Limit && NameEvidence.Check(q, c, pairs, out _, candidateKind) is { } reason)
        {
            explanation?.Add(new TokenMatch(reason, "", TokenMatchKind.Limited, Math.Round(score, 4), NameEvidence.Limit));
            score = NameEvidence.Limit;
        }

        return Math.Round(Math.Clamp(score, 0, 1), 4);
    }

    private static string Text(ReadOnlySpan<NameToken> tokens, int start, int length)
    {
        if (length == 1)
        {
            return tokens[start].Text;
        }

        var texts = new string[length];
        for (var k = 0; k < length; k++)
        {
            texts[k] = tokens[start + k].Text;
        }

        return string.Join(' ', texts);
    }

    /// <summary>The tokens as a span: indexing a span is direct, an array or list through its interface is a call per token.</summary>
    private static ReadOnlySpan<NameToken> SpanOf(IReadOnlyList<NameToken> tokens) => tokens switch
    {
        NameToken[] array => array,
        List<NameToken> list => CollectionsMarshal.AsSpan(list),
        _ => tokens.ToArray(),
    };

    /// <summary>Maps a token similarity to the share of its weight it earns: nothing at or below the floor, all of it at 1.</summary>
    private static double Credit(double similarity) =>
        similarity >= 0.999 ? 1.0 : Math.Clamp((similarity - Tuning.CreditFloor) / (Tuning.CreditFull - Tuning.CreditFloor), 0, 1);

    private static void Greedy(Scratch scratch, int n, int m, double minimum)
    {
        var qOwner = scratch.QOwner;
        var cOwner = scratch.COwner;
        var sims = scratch.Sims;
        var candidates = scratch.Candidates;
        candidates.Clear();
        for (var i = 0; i < n; i++)
        {
            if (qOwner[i] >= 0)
            {
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                if (cOwner[j] < 0 && sims[i * m + j] >= minimum)
                {
                    candidates.Add(new Candidate(i, j, sims[i * m + j], Math.Abs((double)i / n - (double)j / m)));
                }
            }
        }

        // Highest similarity first; among equals the pair whose relative positions agree best, then by position.
        candidates.Sort(static (x, y) =>
        {
            var bySim = y.S.CompareTo(x.S);
            if (bySim != 0)
            {
                return bySim;
            }

            var byPos = x.D.CompareTo(y.D);
            return byPos != 0 ? byPos : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J);
        });

        var pairs = scratch.Pairs;
        foreach (var (i, j, s, _) in candidates)
        {
            if (qOwner[i] < 0 && cOwner[j] < 0)
            {
                qOwner[i] = pairs.Count;
                cOwner[j] = pairs.Count;
                pairs.Add(new Pair(i, 1, j, 1, scratch.Hows[i * m + j], s));
            }
        }
    }

    /// <summary>A token of one name that is two to four adjacent tokens of the other written together (SiemensAG, Good Will).</summary>
    private static void Joins(ReadOnlySpan<NameToken> one, ReadOnlySpan<NameToken> other, int[] oneOwner, int[] otherOwner, List<Pair> pairs, bool swapped)
    {
        var joinedText = Scratch.Current.JoinedText.AsSpan();
        var joinedSkeleton = Scratch.Current.JoinedSkeleton.AsSpan();
        for (var i = 0; i < one.Length; i++)
        {
            if (oneOwner[i] >= 0 || one[i].Kind is NameTokenKind.Number or NameTokenKind.Initial || one[i].Text.Length < 4)
            {
                continue;
            }

            (int Start, int Length, double Sim, TokenMatchKind How) best = (-1, 0, 0, TokenMatchKind.Joined);
            var target = one[i];
            for (var length = 2; length <= 4; length++)
            {
                for (var start = 0; start + length <= other.Length; start++)
                {
                    // cheap checks before any string is built: all free and a plausible length
                    var free = true;
                    var vowelless = target.Vowelless;
                    var otherVowelless = false;
                    var abjad = target.Abjad;
                    var joinedLength = 0;
                    for (var k = start; k < start + length && free; k++)
                    {
                        free = otherOwner[k] < 0 && other[k].Kind != NameTokenKind.Number;
                        vowelless |= other[k].Vowelless;
                        otherVowelless |= other[k].Vowelless;
                        abjad |= other[k].Abjad;
                        joinedLength += other[k].Text.Length;
                    }

                    if (!free || (!vowelless && Math.Abs(joinedLength - target.Text.Length) > Math.Max(2, joinedLength / 4)))
                    {
                        continue;
                    }

                    // the words written together and their skeleton, in buffers: no string per window
                    var text = joinedLength <= 128 ? joinedText[..joinedLength] : new Span<char>(new char[joinedLength]);
                    for (int k = start, at = 0; k < start + length; k++)
                    {
                        other[k].Text.CopyTo(text[at..]);
                        at += other[k].Text.Length;
                    }

                    var skeleton = joinedLength <= 128 ? joinedSkeleton : new Span<char>(new char[joinedLength * 2]);
                    var skeletonLength = NameSkeleton.Of(text, skeleton, vowelless);
                    if (!MayBeStrong(target, otherVowelless, text, skeleton[..skeletonLength]))
                    {
                        continue;
                    }

                    var sim = TokenSimilarity.Text(target.Text, target.Skeleton, target.Vowelless, text, skeleton[..skeletonLength], otherVowelless, out var how, abjad);
                    if (how == TokenMatchKind.SkeletonOnly)
                    {
                        // two words against one on consonants alone (amit kumar ~ mudacumura) is no evidence
                        continue;
                    }

                    if (sim > best.Sim)
                    {
                        best = (start, length, sim, how == TokenMatchKind.Skeleton ? TokenMatchKind.JoinedSkeleton : TokenMatchKind.Joined);
                    }
                }
            }

            if (best.Start >= 0 && best.Sim >= Tuning.StrongPair)
            {
                oneOwner[i] = pairs.Count;
                for (var k = best.Start; k < best.Start + best.Length; k++)
                {
                    otherOwner[k] = pairs.Count;
                }

                pairs.Add(swapped ? new Pair(best.Start, best.Length, i, 1, best.How, best.Sim) : new Pair(i, 1, best.Start, best.Length, best.How, best.Sim));
            }
        }
    }

    /// <summary>
    /// Whether <see cref="TokenSimilarity.Text"/> of a token and words written together can reach
    /// <see cref="Tuning.StrongPair"/>, the least a join needs (a window under it is never the join chosen): only when the
    /// letters are that close, or, with a vowelless side, the skeletons are close enough for 0.97 of theirs to be, or,
    /// between Latin spellings, the skeletons are the same. Tighter bounds than the similarity's own floor, so most
    /// windows stop at a bag or banded distance; the similarity of a window that passes is computed as before.
    /// </summary>
    private static bool MayBeStrong(NameToken target, bool otherVowelless, ReadOnlySpan<char> text, ReadOnlySpan<char> skeleton)
    {
        if (EditDistance.Similarity(target.Text, text, Tuning.StrongPair) >= Tuning.StrongPair)
        {
            return true;
        }

        if (target.Vowelless || otherVowelless)
        {
            return target.Skeleton.Length > 0 && skeleton.Length > 0
                && EditDistance.Similarity(target.Skeleton, skeleton, 0.82) * 0.97 >= Tuning.StrongPair;
        }

        return target.Skeleton.Length >= 2 && skeleton.SequenceEqual(target.Skeleton);
    }

    /// <summary>A short token that spells the initials of adjacent tokens of the other name (PLA, JC).</summary>
    private static void Initialisms(ReadOnlySpan<NameToken> one, ReadOnlySpan<NameToken> other, int[] oneOwner, int[] otherOwner, List<Pair> pairs, bool swapped, bool person)
    {
        for (var i = 0; i < one.Length; i++)
        {
            var text = one[i].Text;
            if (oneOwner[i] >= 0 || one[i].Kind != NameTokenKind.Content || one[i].Vowelless || text.Length is < 2 or > 5 || (person && text.Length > 2) || !IsAsciiLetters(text))
            {
                continue;
            }

            for (var start = 0; start + text.Length <= other.Length; start++)
            {
                var fits = true;
                for (var k = 0; k < text.Length && fits; k++)
                {
                    var t = other[start + k];
                    fits = otherOwner[start + k] < 0 && !t.Vowelless && t.Kind != NameTokenKind.Number && (!person || t.Kind == NameTokenKind.Content) && t.Text[0] == text[k];
                }

                if (fits)
                {
                    oneOwner[i] = pairs.Count;
                    for (var k = start; k < start + text.Length; k++)
                    {
                        otherOwner[k] = pairs.Count;
                    }

                    pairs.Add(swapped ? new Pair(start, text.Length, i, 1, TokenMatchKind.Initialism, 0.9) : new Pair(i, 1, start, text.Length, TokenMatchKind.Initialism, 0.9));
                    break;
                }
            }
        }
    }

    private static bool IsAsciiLetters(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAsciiLetter(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A pair of the alignment: a run of query tokens and a run of candidate tokens (one of them a single token).</summary>
    internal readonly record struct Pair(int QStart, int QLength, int CStart, int CLength, TokenMatchKind Kind, double Similarity);

    private readonly record struct Candidate(int I, int J, double S, double D);

    /// <summary>Per-thread buffers of one comparison, reused so that ranking candidates allocates nothing per pair of names.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public int[] QOwner { get; private set; } = new int[8];

        public int[] COwner { get; private set; } = new int[8];

        public double[] Sims { get; private set; } = new double[64];

        public TokenMatchKind[] Hows { get; private set; } = new TokenMatchKind[64];

        public List<Pair> Pairs { get; } = new(16);

        public List<Candidate> Candidates { get; } = new(64);

        /// <summary>Words written together and their skeleton, up to 128 letters (longer ones get arrays of their own).</summary>
        public char[] JoinedText { get; } = new char[128];

        public char[] JoinedSkeleton { get; } = new char[256];

        /// <summary>This thread's buffers (as left by the last <see cref="For"/>).</summary>
        public static Scratch Current => _current ??= new Scratch();

        public static Scratch For(int n, int m)
        {
            var s = _current ??= new Scratch();
            if (s.QOwner.Length < n)
            {
                s.QOwner = new int[Math.Max(n, s.QOwner.Length * 2)];
            }

            if (s.COwner.Length < m)
            {
                s.COwner = new int[Math.Max(m, s.COwner.Length * 2)];
            }

            if (s.Sims.Length < n * m)
            {
                s.Sims = new double[Math.Max(n * m, s.Sims.Length * 2)];
                s.Hows = new TokenMatchKind[s.Sims.Length];
            }

            Array.Fill(s.QOwner, -1, 0, n);
            Array.Fill(s.COwner, -1, 0, m);
            s.Pairs.Clear();
            return s;
        }
    }
}

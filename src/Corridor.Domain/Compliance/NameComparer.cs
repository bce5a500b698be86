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

    public static NameComparison Compare(NormalisedName query, NormalisedName candidate)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        var qOwner = Filled(q.Count);
        var cOwner = Filled(c.Count);
        var pairs = new List<Pair>();

        var sims = new double[q.Count, c.Count];
        var hows = new TokenMatchKind[q.Count, c.Count];
        for (var i = 0; i < q.Count; i++)
        {
            for (var j = 0; j < c.Count; j++)
            {
                sims[i, j] = TokenSimilarity.Of(q[i], c[j], out hows[i, j]);
            }
        }

        Greedy(q.Count, c.Count, sims, hows, qOwner, cOwner, pairs, 0.999);
        Joins(q, c, qOwner, cOwner, pairs, swapped: false);
        Joins(c, q, cOwner, qOwner, pairs, swapped: true);
        Initialisms(q, c, qOwner, cOwner, pairs, swapped: false);
        Initialisms(c, q, cOwner, qOwner, pairs, swapped: true);
        Greedy(q.Count, c.Count, sims, hows, qOwner, cOwner, pairs, Tuning.StrongPair);
        Greedy(q.Count, c.Count, sims, hows, qOwner, cOwner, pairs, Tuning.WeakPair);

        return Score(query, candidate, qOwner, cOwner, pairs);
    }

    private static NameComparison Score(NormalisedName query, NormalisedName candidate, int[] qOwner, int[] cOwner, List<Pair> pairs)
    {
        var q = query.Tokens;
        var c = candidate.Tokens;
        var explanation = new List<TokenMatch>(pairs.Count + 4);
        double credit = 0, weight = 0, qShort = 0, cShort = 0, qOnly = 0, cOnly = 0;
        foreach (var p in pairs.OrderBy(p => p.Q.Min()).ThenBy(p => p.C.Min()))
        {
            var wq = p.Q.Sum(i => q[i].Weight);
            var wc = p.C.Sum(j => c[j].Weight);
            var w = (wq + wc) / 2;
            var g = Credit(p.Similarity);
            credit += w * g;
            weight += w;
            qShort += wq * (1 - g);
            cShort += wc * (1 - g);
            explanation.Add(new TokenMatch(
                string.Join(' ', p.Q.Select(i => q[i].Text)), string.Join(' ', p.C.Select(j => c[j].Text)), p.Kind, Math.Round(p.Similarity, 4), Math.Round(w, 4)));
        }

        for (var i = 0; i < q.Count; i++)
        {
            if (qOwner[i] < 0)
            {
                qOnly += q[i].Weight;
                explanation.Add(new TokenMatch(q[i].Text, "", TokenMatchKind.QueryOnly, 0, q[i].Weight));
            }
        }

        for (var j = 0; j < c.Count; j++)
        {
            if (cOwner[j] < 0)
            {
                cOnly += c[j].Weight;
                explanation.Add(new TokenMatch("", c[j].Text, TokenMatchKind.CandidateOnly, 0, c[j].Weight));
            }
        }

        var conflict = Math.Min(qOnly + qShort, cOnly + cShort);
        var denominator = weight + Tuning.QueryExtra * qOnly + Tuning.CandidateExtra * cOnly + Tuning.Conflict * conflict;
        var score = denominator <= 0 ? 0 : credit / denominator * (1 - Tuning.ConflictFactor * Math.Min(conflict, 1));
        return new NameComparison(query, candidate, Math.Round(Math.Clamp(score, 0, 1), 4), explanation);
    }

    /// <summary>Maps a token similarity to the share of its weight it earns: nothing at or below the floor, all of it at 1.</summary>
    private static double Credit(double similarity) =>
        similarity >= 0.999 ? 1.0 : Math.Clamp((similarity - Tuning.CreditFloor) / (Tuning.CreditFull - Tuning.CreditFloor), 0, 1);

    private static void Greedy(int n, int m, double[,] sims, TokenMatchKind[,] hows, int[] qOwner, int[] cOwner, List<Pair> pairs, double minimum)
    {
        var candidates = new List<(int I, int J, double S)>();
        for (var i = 0; i < n; i++)
        {
            if (qOwner[i] >= 0)
            {
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                if (cOwner[j] < 0 && sims[i, j] >= minimum)
                {
                    candidates.Add((i, j, sims[i, j]));
                }
            }
        }

        // Highest similarity first; among equals the pair whose relative positions agree best, then by position.
        candidates.Sort((x, y) =>
        {
            var bySim = y.S.CompareTo(x.S);
            if (bySim != 0)
            {
                return bySim;
            }

            var dx = Math.Abs((double)x.I / n - (double)x.J / m);
            var dy = Math.Abs((double)y.I / n - (double)y.J / m);
            var byPos = dx.CompareTo(dy);
            return byPos != 0 ? byPos : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J);
        });

        foreach (var (i, j, s) in candidates)
        {
            if (qOwner[i] < 0 && cOwner[j] < 0)
            {
                qOwner[i] = pairs.Count;
                cOwner[j] = pairs.Count;
                pairs.Add(new Pair([i], [j], hows[i, j], s));
            }
        }
    }

    /// <summary>A token of one name that is two to four adjacent tokens of the other written together (SiemensAG, Good Will).</summary>
    private static void Joins(IReadOnlyList<NameToken> one, IReadOnlyList<NameToken> other, int[] oneOwner, int[] otherOwner, List<Pair> pairs, bool swapped)
    {
        for (var i = 0; i < one.Count; i++)
        {
            if (oneOwner[i] >= 0 || one[i].Kind is NameTokenKind.Number or NameTokenKind.Initial || one[i].Text.Length < 4)
            {
                continue;
            }

            (int Start, int Length, double Sim, TokenMatchKind How) best = (-1, 0, 0, TokenMatchKind.Joined);
            var target = one[i];
            for (var length = 2; length <= 4; length++)
            {
                for (var start = 0; start + length <= other.Count; start++)
                {
                    // cheap checks before any string is built: all free and a plausible length
                    var free = true;
                    var vowelless = target.Vowelless;
                    var joinedLength = 0;
                    for (var k = start; k < start + length && free; k++)
                    {
                        free = otherOwner[k] < 0 && other[k].Kind != NameTokenKind.Number;
                        vowelless |= other[k].Vowelless;
                        joinedLength += other[k].Text.Length;
                    }

                    if (!free || (!vowelless && Math.Abs(joinedLength - target.Text.Length) > Math.Max(2, joinedLength / 4)))
                    {
                        continue;
                    }

                    var text = string.Concat(Enumerable.Range(start, length).Select(k => other[k].Text));
                    var sim = TokenSimilarity.Text(target.Text, target.Skeleton, target.Vowelless, text, NameSkeleton.Of(text, vowelless), vowelless, out _);
                    if (sim > best.Sim)
                    {
                        best = (start, length, sim, TokenMatchKind.Joined);
                    }
                }
            }

            if (best.Start >= 0 && best.Sim >= Tuning.StrongPair)
            {
                var group = Enumerable.Range(best.Start, best.Length).ToArray();
                oneOwner[i] = pairs.Count;
                foreach (var k in group)
                {
                    otherOwner[k] = pairs.Count;
                }

                pairs.Add(swapped ? new Pair(group, [i], best.How, best.Sim) : new Pair([i], group, best.How, best.Sim));
            }
        }
    }

    /// <summary>A short token that spells the initials of adjacent tokens of the other name (PLA, JC).</summary>
    private static void Initialisms(IReadOnlyList<NameToken> one, IReadOnlyList<NameToken> other, int[] oneOwner, int[] otherOwner, List<Pair> pairs, bool swapped)
    {
        for (var i = 0; i < one.Count; i++)
        {
            var text = one[i].Text;
            if (oneOwner[i] >= 0 || one[i].Kind != NameTokenKind.Content || one[i].Vowelless || text.Length is < 2 or > 5 || !text.All(char.IsAsciiLetter))
            {
                continue;
            }

            for (var start = 0; start + text.Length <= other.Count; start++)
            {
                var fits = true;
                for (var k = 0; k < text.Length && fits; k++)
                {
                    var t = other[start + k];
                    fits = otherOwner[start + k] < 0 && !t.Vowelless && t.Kind != NameTokenKind.Number && t.Text[0] == text[k];
                }

                if (fits)
                {
                    var group = Enumerable.Range(start, text.Length).ToArray();
                    oneOwner[i] = pairs.Count;
                    foreach (var k in group)
                    {
                        otherOwner[k] = pairs.Count;
                    }

                    pairs.Add(swapped ? new Pair(group, [i], TokenMatchKind.Initialism, 0.9) : new Pair([i], group, TokenMatchKind.Initialism, 0.9));
                    break;
                }
            }
        }
    }

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }

    private sealed record Pair(int[] Q, int[] C, TokenMatchKind Kind, double Similarity);
}

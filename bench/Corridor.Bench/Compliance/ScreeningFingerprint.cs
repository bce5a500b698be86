using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corridor.Compliance;

namespace Corridor.Bench.Compliance;

/// <summary>
/// <c>dotnet bench/Corridor.Bench/bin/Release/net10.0/Corridor.Bench.dll compliance-fingerprint [NAMES]</c>: a SHA-256 of
/// every hit (entry, score, name score, explanation) for seeded queries against all shared lists and a generated list,
/// at a low threshold so that many scores count. Two builds that print the same digest screen alike: a speed change that
/// claims to keep the scores (and so <see cref="MatcherVersion.Current"/>) must keep the digest.
/// </summary>
public static class ScreeningFingerprint
{
    public static int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5_000;
        var shared = ScreeningWorkload.AllSharedLists();
        Print("all shared lists", ScreeningIndex.Build(shared), ScreeningWorkload.Queries(shared, count, seed: 42));
        var generated = ScreeningWorkload.Generated(50_000).ToList();
        Print("generated list of 50,000 names", ScreeningIndex.Build(generated), ScreeningWorkload.Queries(generated, count, seed: 44));
        return 0;
    }

    /// <summary>
    /// <c>compliance-profile [GENERATED] [QUERIES]</c>: one name at a time against all shared lists, or against a generated
    /// list of GENERATED names, for a profiler (dotnet-trace) to sample; prints the rate.
    /// </summary>
    public static int Profile(string[] args)
    {
        var generated = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var g) ? g : 0;
        var count = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        IReadOnlyList<ListEntry> entries = generated > 0 ? ScreeningWorkload.Generated(generated).ToList() : ScreeningWorkload.AllSharedLists();
        var index = ScreeningIndex.Build(entries);
        var queries = ScreeningWorkload.Queries(entries, count, seed: 45);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuClock.NowMilliseconds();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var hits = 0;
        foreach (var q in queries)
        {
            hits += index.Search(ScreeningQuery.ForName(q.Name)).Count;
        }

        var seconds = sw.Elapsed.TotalSeconds;
        var cpuSeconds = (ThreadCpuClock.NowMilliseconds() - cpu) / 1000;
        var perQuery = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)queries.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{MatcherVersion.Current}: {queries.Count} names against {index.NameCount} names in {seconds:0.00} s = {queries.Count / seconds:N0} names/s, {queries.Count / cpuSeconds:N0} names per thread-CPU-second (one thread), {perQuery / 1024:N1} KB allocated per name, {hits} hits"));
        return 0;
    }

    private static void Print(string label, ScreeningIndex index, IReadOnlyList<ScreeningWorkload.Query> queries)
    {
        var inv = CultureInfo.InvariantCulture;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var hits = 0;
        foreach (var q in queries)
        {
            foreach (var h in index.Search(ScreeningQuery.ForName(q.Name), 0.4, 10))
            {
                hits++;
                sha.AppendData(Encoding.UTF8.GetBytes(string.Create(inv, $"{q.Name}\t{h.Entry.Key}\t{h.Score:R}\t{h.NameScore:R}\t{h.Explain()}\n")));
            }
        }

        Console.WriteLine($"{label}: {queries.Count} queries, {hits} hits at 0.40, {MatcherVersion.Current}, sha256 {Convert.ToHexString(sha.GetHashAndReset())[..16]}");
    }
}

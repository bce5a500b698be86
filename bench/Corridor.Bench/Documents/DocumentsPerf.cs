using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Corridor.Cli;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Bench.Documents;

/// <summary>
/// Issue 14's documents benchmark (<c>-- documents-perf [SETS] [BATCH] [WORKERS]</c>), on a SQLite demo database as
/// <c>corridor demo</c> builds it (with a one-entry sanctions list, so that its counterparties pass the screening gate), in process through <see cref="DocumentService"/> (a fresh scope per issue, as a
/// request has), one <see cref="ChromiumPdfPrinter"/> kept running for the whole run:
/// <list type="number">
/// <item>first start: the first shipment's set issued, Chromium's start-up included;</item>
/// <item>warm: SETS shipments, each set (invoice, packing list, certificate of origin, rail note, Caspian bill of lading:
/// copies of DEMO-RU-CASPIAN) issued one document after the other, wall time per set (p50, p90, max);</item>
/// <item>warm, the set's five documents issued by WORKERS issuers at once (each is in its own series);</item>
/// <item>the peer: rendering alone (HTML → PDF → metadata and attachment) of the same documents, and its parts;</item>
/// <item>warm, each set in one call of <see cref="DocumentService.IssueSetAsync"/> (gates once, PDFs printed at once);</item>
/// <item>batch: BATCH documents of BATCH/5 shipments issued by WORKERS concurrent issuers (default 2), documents per
/// second; then BATCH more, WORKERS issuers each issuing whole sets in one call;</item>
/// <item>same series: 100 invoices by WORKERS issuers at once, where the number guessed before rendering is often
/// taken by the other issuer, so the PDF is rendered again while the counter is held (decision 029).</item>
/// </list>
/// For every issue the time the numbering transaction held the counter (metric corridor.documents.number_held) is
/// collected, with whether it had to render again inside.
/// </summary>
public static class DocumentsPerf
{
    private const int DocumentsPerSet = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var sets = args.Length > 0 ? int.Parse(args[0], inv) : 30;
        var batch = args.Length > 1 ? int.Parse(args[1], inv) : 1000;
        var workers = args.Length > 2 ? int.Parse(args[2], inv) : 2;
        const int sameSeries = 100;
        var ct = CancellationToken.None;

        var folder = Path.Combine(Path.GetTempPath(), "corridor-bench-documents-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var held = new ConcurrentBag<(double Ms, bool Rerendered, string Type)>();
        using var listener = Listen(held);
        try
        {
            var database = Path.Combine(folder, "bench.db");
            var data = DemoCommand.FindReferenceData() ?? throw new InvalidOperationException("data/reference not found");
            var clock = Stopwatch.StartNew();
            await DemoCommand.SetUpAsync(database, data, ct);
            await using var services = CliServices.Create(database);
            await LoadSampleListAsync(services, folder, ct);
            var orders = 1 + 3 * sets + 2 * (batch / DocumentsPerSet) + 1;
            var drafts = await DraftAsync(services, orders, sameSeries, ct);
            Console.WriteLine($"setup: demo database, {orders} orders and their drafts ({drafts.Sets.Sum(s => s.Count)} documents, {drafts.SameSeries.Count} extra invoices) in {clock.Elapsed.TotalSeconds:0.0} s");

            // 1. First start: the first set, Chromium starting on the first print.
            clock.Restart();
            await IssueSetAsync(services, drafts.Sets[0], ct);
            var first = clock.Elapsed;
            ChromiumPdfPrinter printer;
            await using (var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct))
            {
                printer = scope.ServiceProvider.GetRequiredService<DocumentRenderer>().Printer;
            }

            Console.WriteLine($"first start: set of {drafts.Sets[0].Count} issued in {first.TotalMilliseconds:0} ms, of which Chromium's start {printer.LastStartUp?.TotalMilliseconds:0} ms");

            // 2. Warm sets, one document after the other.
            var perSet = new List<double>();
            foreach (var set in drafts.Sets.Skip(1).Take(sets))
            {
                clock.Restart();
                await IssueSetAsync(services, set, ct);
                perSet.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"warm: {perSet.Count} sets of {DocumentsPerSet}: p50 {Percentile(perSet, 50):0} ms, p90 {Percentile(perSet, 90):0} ms, max {perSet.Max():0} ms per set "
                + $"({Percentile(perSet, 50) / DocumentsPerSet:0} ms per document at p50)");
            var warmHeld = held.ToList();
            Console.WriteLine($"  counter held per issue: p50 {Percentile(warmHeld.Select(h => h.Ms).ToList(), 50):0.0} ms, max {warmHeld.Max(h => h.Ms):0.0} ms; rendered again inside: {warmHeld.Count(h => h.Rerendered)}");

            // 2b. Warm sets again, the set's documents (each of its own series) by WORKERS issuers at once.
            var parallelSet = new List<double>();
            foreach (var set in drafts.Sets.Skip(1 + sets).Take(sets))
            {
                var documents = new ConcurrentQueue<Guid>(set);
                clock.Restart();
                await DrainAsync(documents, workers, id => IssueAsync(services, id, ct), ct);
                parallelSet.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"warm, {workers} issuers per set: {parallelSet.Count} sets: p50 {Percentile(parallelSet, 50):0} ms, p90 {Percentile(parallelSet, 90):0} ms, max {parallelSet.Max():0} ms per set");

            // 2c. Warm sets again, each set in one call (DocumentService.IssueSetAsync: gates once, the PDFs printed at once).
            var oneCall = new List<double>();
            foreach (var set in drafts.Sets.Skip(1 + 2 * sets).Take(sets))
            {
                clock.Restart();
                await IssueOneCallAsync(services, set, ct);
                oneCall.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"warm, each set in one call (IssueSetAsync): {oneCall.Count} sets: p50 {Percentile(oneCall, 50):0} ms, p90 {Percentile(oneCall, 90):0} ms, max {oneCall.Max():0} ms per set");

            // 3. The peer: rendering alone, the same issued documents again.
            var render = await RenderOnlyAsync(services, drafts.Sets.Skip(1).Take(sets).SelectMany(s => s).Take(50).ToList(), ct);
            Console.WriteLine($"peer, rendering alone (HTML, PDF, metadata, attachment): {render.Full.Count} documents, p50 {Percentile(render.Full, 50):0} ms, p90 {Percentile(render.Full, 90):0} ms per document; "
                + $"of it Chromium's print (SetContent + PDF) p50 {Percentile(render.Print, 50):0} ms, the HTML p50 {Percentile(render.Html, 50):0.0} ms");

            // 4. The batch.
            held.Clear();
            var batchSets = drafts.Sets.Skip(1 + 3 * sets).ToList();
            var queue = new ConcurrentQueue<Guid>(batchSets.Take(batch / DocumentsPerSet).SelectMany(s => s).Take(batch));
            var count = queue.Count;
            clock.Restart();
            await DrainAsync(queue, workers, id => IssueAsync(services, id, ct), ct);
            var seconds = clock.Elapsed.TotalSeconds;
            var batchHeld = held.ToList();
            Console.WriteLine($"batch: {count} documents by {workers} issuers in {seconds:0.0} s = {count / seconds:0.0} documents/s (first start above: {first.TotalMilliseconds:0} ms for {drafts.Sets[0].Count})");
            Console.WriteLine($"  counter held per issue: p50 {Percentile(batchHeld.Select(h => h.Ms).ToList(), 50):0.0} ms, p95 {Percentile(batchHeld.Select(h => h.Ms).ToList(), 95):0.0} ms, "
                + $"max {batchHeld.Max(h => h.Ms):0.0} ms; rendered again inside: {batchHeld.Count(h => h.Rerendered)} of {batchHeld.Count}");

            // 4b. The batch again, WORKERS issuers each issuing whole sets in one call.
            held.Clear();
            var setQueue = new ConcurrentQueue<List<Guid>>(batchSets.Skip(batch / DocumentsPerSet).Take(batch / DocumentsPerSet));
            count = setQueue.Sum(s => s.Count);
            clock.Restart();
            await DrainAsync(setQueue, workers, set => IssueOneCallAsync(services, set, ct), ct);
            seconds = clock.Elapsed.TotalSeconds;
            batchHeld = held.ToList();
            Console.WriteLine($"batch in sets: {count} documents, {count / DocumentsPerSet} sets by {workers} issuers (IssueSetAsync) in {seconds:0.0} s = {count / seconds:0.0} documents/s; "
                + $"counter held p50 {Percentile(batchHeld.Select(h => h.Ms).ToList(), 50):0.0} ms, rendered again inside: {batchHeld.Count(h => h.Rerendered)} of {batchHeld.Count}");

            // 5. One series only: the guessed number is taken by the other issuer about half the time.
            held.Clear();
            var invoices = new ConcurrentQueue<Guid>(drafts.SameSeries);
            clock.Restart();
            await DrainAsync(invoices, workers, id => IssueAsync(services, id, ct), ct);
            seconds = clock.Elapsed.TotalSeconds;
            var series = held.ToList();
            var again = series.Where(h => h.Rerendered).Select(h => h.Ms).ToList();
            var once = series.Where(h => !h.Rerendered).Select(h => h.Ms).ToList();
            Console.WriteLine($"same series: {series.Count} invoices by {workers} issuers in {seconds:0.0} s = {series.Count / seconds:0.0} documents/s; rendered again inside {again.Count}: "
                + $"counter held p50 {Percentile(again, 50):0.0} ms when rendered inside, {Percentile(once, 50):0.0} ms when not");
            Console.WriteLine($"Chromium started {printer.StartCount} time(s) in the run");
            return 0;
        }
        finally
        {
            RemoveFolder(folder);
        }
    }

    internal sealed record Drafts(List<List<Guid>> Sets, List<Guid> SameSeries);

    /// <summary>Copies of DEMO-RU-CASPIAN (its lines and route), each with its drafted set; and extra invoice drafts for the same-series run.</summary>
    internal static async Task<Drafts> DraftAsync(CliServices services, int orders, int sameSeries, CancellationToken ct)
    {
        var rules = new DocumentRulesSource().Rules.Value;
        var sets = new List<List<Guid>>();
        var extra = new List<Guid>();
        for (var i = 0; i < orders; i++)
        {
            await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<CorridorDbContext>();
            var number = string.Create(CultureInfo.InvariantCulture, $"BENCH-DOC-{i:D4}");
            var order = await sp.GetRequiredService<OrderEntry>().BuildAsync(new OrderInput(number, null, "RU-AUTO-IMPORT", null, "IKCO-TEHRAN", "RU-ASTRAKHAN", "RU",
                new DateOnly(2027, 5, 3), new DateOnly(2027, 7, 15), "CPT", "USD", [new LineInput("part", "IKCO-RAD-001", 2000 + i, 48m)]), ct);
            if (!order.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", order.Errors));
            }

            db.Add(order.Value);
            await db.SaveChangesAsync(ct);
            var documents = sp.GetRequiredService<DocumentService>();
            var set = await documents.DraftSetAsync(number, rules, ct) ?? throw new InvalidOperationException(number);
            if (!set.Succeeded || set.Value.Count != DocumentsPerSet || !set.Value.Any(d => d.Type == DocumentType.BillOfLading))
            {
                throw new InvalidOperationException($"{number}: expected the 5 documents of a Caspian shipment: {string.Join("; ", set.Errors)} {string.Join(", ", set.Succeeded ? set.Value.Select(d => d.Title) : [])}");
            }

            sets.Add(set.Value.Select(d => d.Id).ToList());
            if (i == orders - 1)
            {
                // The same order's invoice drafted again and again: the same figures, so the cross-checks pass.
                for (var k = 0; k < sameSeries; k++)
                {
                    var again = await documents.DraftSetAsync(number, rules, ct);
                    extra.Add(again!.Value.Single(d => d.Type == DocumentType.CommercialInvoice).Id);
                }

                sets.RemoveAt(sets.Count - 1);
            }
        }

        return new Drafts(sets, extra);
    }

    /// <summary>A one-entry sanctions list, as the tests load it, so that the demo's counterparties count as screened and pass the gate.</summary>
    internal static async Task LoadSampleListAsync(CliServices services, string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, "sample-list.json");
        await File.WriteAllLinesAsync(path, ["""{"id": "mellat", "schema": "Company", "properties": {"name": ["Bank Mellat"]}}"""], ct);
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
        var result = await scope.ServiceProvider.GetRequiredService<Corridor.Compliance.ListImportService>().ImportAsync(Corridor.Compliance.Lists.ListSource.OpenSanctions, path);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }
    }

    private static async Task IssueSetAsync(CliServices services, List<Guid> set, CancellationToken ct)
    {
        foreach (var id in set)
        {
            await IssueAsync(services, id, ct);
        }
    }

    private static async Task IssueOneCallAsync(CliServices services, List<Guid> set, CancellationToken ct)
    {
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
        var outcomes = await scope.ServiceProvider.GetRequiredService<DocumentService>().IssueSetAsync(set, ct);
        if (outcomes.FirstOrDefault(o => o.Outcome is not { Succeeded: true }) is { Id: var id } failed && id != Guid.Empty)
        {
            throw new InvalidOperationException($"document {id} not issued: {string.Join("; ", failed.Outcome?.Errors ?? ["not found"])}");
        }
    }

    internal static async Task IssueAsync(CliServices services, Guid id, CancellationToken ct)
    {
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
        var result = await scope.ServiceProvider.GetRequiredService<DocumentService>().IssueAsync(id, ct);
        if (result is not { Succeeded: true })
        {
            throw new InvalidOperationException($"document {id} not issued: {string.Join("; ", result?.Errors ?? ["not found"])}");
        }
    }

    /// <summary>Rendering alone, in parts: the whole (as issuing does), Chromium's print of the same HTML, and the HTML.</summary>
    private static async Task<(List<double> Full, List<double> Print, List<double> Html)> RenderOnlyAsync(CliServices services, List<Guid> ids, CancellationToken ct)
    {
        var (full, print, html) = (new List<double>(), new List<double>(), new List<double>());
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CorridorDbContext>();
        var renderer = sp.GetRequiredService<DocumentRenderer>();
        var issuer = await db.Organisations.AsNoTracking().SingleAsync(o => o.Code == DemoCommand.OrganisationCode, ct);
        foreach (var id in ids)
        {
            var d = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            var sheet = DocumentSheet.FromSnapshot(d.Type, d.SnapshotJson!, d.Sha256!, issuer, renderer.PublicUrl);
            var clock = Stopwatch.StartNew();
            _ = await renderer.PdfAsync(sheet, d.SnapshotJson!, ct);
            full.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var page = DocumentHtml.Render(sheet);
            html.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = await renderer.Printer.PrintAsync(page, DocumentHtml.Header(sheet), DocumentHtml.Footer(sheet), ct);
            print.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (full, print, html);
    }

    private static MeterListener Listen(ConcurrentBag<(double Ms, bool Rerendered, string Type)> held)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CorridorMetrics.Name && instrument.Name == "corridor.documents.number_held")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var rerendered = false;
            var type = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "rerendered" && tag.Value is true)
                {
                    rerendered = true;
                }
                else if (tag.Key == "type")
                {
                    type = tag.Value as string ?? "";
                }
            }

            held.Add((value, rerendered, type));
        });
        listener.Start();
        return listener;
    }

    /// <summary>WORKERS tasks taking items off <paramref name="queue"/> until it is empty.</summary>
    internal static Task DrainAsync<T>(ConcurrentQueue<T> queue, int workers, Func<T, Task> work, CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var item))
            {
                await work(item);
            }
        }, ct)));

    /// <summary>The run's temp folder, its SQLite connections closed first.</summary>
    internal static void RemoveFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; it is in the temp folder.
        }
    }

    internal static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}

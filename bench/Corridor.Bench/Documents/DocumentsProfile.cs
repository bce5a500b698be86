using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Corridor.Cli;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Corridor.Bench.Documents;

/// <summary>
/// Where an issue's time goes (<c>-- documents-profile [SETS] [ROUNDS]</c>): SETS Caspian sets issued one document
/// after the other, with the order promise (the gates) timed alone for the same orders; then, for the issued
/// documents, each part of the render timed on its own ROUNDS times — snapshot → sheet, HTML (and the QR code in it),
/// Chromium's SetContent and PDF print under several option sets (one browser, one page), PDFsharp's packaging, SHA-256
/// — and Chromium's throughput with 1–4 pages printing at once.
/// </summary>
public static class DocumentsProfile
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--font-render-hinting=none",
    ];

    private sealed record Printable(DocumentSheet Sheet, string Html, string Header, string Footer, string Snapshot);

    private sealed record Variant(string Name, WaitUntilNavigation[] Wait, Func<Printable, PdfOptions> Options);

    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var sets = args.Length > 0 ? int.Parse(args[0], inv) : 4;
        var rounds = args.Length > 1 ? int.Parse(args[1], inv) : 10;
        var ct = CancellationToken.None;
        var folder = Path.Combine(Path.GetTempPath(), "corridor-bench-documents-profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "bench.db");
            var data = DemoCommand.FindReferenceData() ?? throw new InvalidOperationException("data/reference not found");
            await DemoCommand.SetUpAsync(database, data, ct);
            await using var services = CliServices.Create(database);
            await DocumentsPerf.LoadSampleListAsync(services, folder, ct);
            var drafts = await DocumentsPerf.DraftAsync(services, sets + 2, 0, ct);

            // Issues, one after the other, and the promise of the same order alone (what the gates cost).
            await DocumentsPerf.IssueAsync(services, drafts.Sets[0][0], ct); // Chromium's start and the first queries
            var (issue, promise, gatesOnly) = (new List<double>(), new List<double>(), new List<double>());
            foreach (var set in drafts.Sets.Skip(1).Take(sets))
            {
                foreach (var id in set)
                {
                    var clock = Stopwatch.StartNew();
                    await DocumentsPerf.IssueAsync(services, id, ct);
                    issue.Add(clock.Elapsed.TotalMilliseconds);
                    await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
                    var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                    var order = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.OrderNumber).SingleAsync(ct);
                    clock.Restart();
                    var o = await db.Set<TradeOrder>().Include(x => x.Lines).SingleAsync(x => x.Number == order, ct);
                    _ = await scope.ServiceProvider.GetRequiredService<PromiseService>().PromiseAsync(o, ct);
                    promise.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    _ = await scope.ServiceProvider.GetRequiredService<DocumentGates>().CheckAsync(o, ct);
                    gatesOnly.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Line("issue (whole, sequential)", issue);
            Line("the order's whole promise (what issuing ran before decision 038)", promise);
            Line("the order's two gates alone (DocumentGates, what issuing runs now)", gatesOnly);

            var printables = await PrintablesAsync(services, drafts.Sets.Skip(1).Take(sets).SelectMany(s => s).ToList(), ct);
            var (sheet, html, qr, sha) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var r = 0; r < rounds; r++)
            {
                foreach (var p in printables)
                {
                    var clock = Stopwatch.StartNew();
                    var s = DocumentSheet.FromSnapshot(p.Sheet.Type, p.Snapshot, TradeDocument.HashOf(p.Snapshot), Issuer, "https://corridor.example");
                    sheet.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    _ = DocumentHtml.Render(s);
                    html.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    _ = VerificationCode.QrDataUri(s.VerifyUrl!);
                    qr.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Line("snapshot -> sheet", sheet);
            Line("HTML (QR code included)", html);
            Line("  of it: QR code", qr);

            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = ChromiumPdfPrinter.DefaultExecutable, Headless = true, Args = Arguments });
            var page = await browser.NewPageAsync();
            byte[] printed = [];
            foreach (var v in Variants())
            {
                var (set, pdf, size) = (new List<double>(), new List<double>(), new List<double>());
                for (var r = 0; r < rounds; r++)
                {
                    foreach (var p in printables)
                    {
                        var clock = Stopwatch.StartNew();
                        await page.SetContentAsync(p.Html, new SetContentOptions { WaitUntil = v.Wait });
                        set.Add(clock.Elapsed.TotalMilliseconds);
                        clock.Restart();
                        printed = await page.PdfDataAsync(v.Options(p));
                        pdf.Add(clock.Elapsed.TotalMilliseconds);
                        size.Add(printed.Length / 1024.0);
                    }
                }

                Console.WriteLine($"chromium [{v.Name}]: SetContent p50 {DocumentsPerf.Percentile(set, 50):0.0} ms, PDF p50 {DocumentsPerf.Percentile(pdf, 50):0.0} ms (p90 {DocumentsPerf.Percentile(pdf, 90):0.0}), {DocumentsPerf.Percentile(size, 50):0} KiB");
            }

            var (pack, hash) = (new List<double>(), new List<double>());
            for (var r = 0; r < rounds; r++)
            {
                foreach (var p in printables)
                {
                    var clock = Stopwatch.StartNew();
                    var finished = PdfPackaging.Finish(printed, "title", "author", "subject", p.Snapshot);
                    pack.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    _ = SHA256.HashData(finished);
                    hash.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Line("PDFsharp packaging (info + attachment)", pack);
            Line("SHA-256 of the PDF", hash);

            // Throughput of the printer itself (its options, its page pool) with 1–4 pages, twice as many callers.
            foreach (var pages in new[] { 1, 2, 3, 4 })
            {
                await using var printer = new ChromiumPdfPrinter(ChromiumPdfPrinter.DefaultExecutable, pages);
                await printer.PrintAsync(printables[0].Html, printables[0].Header, printables[0].Footer, ct); // its start
                var queue = new System.Collections.Concurrent.ConcurrentQueue<Printable>(Enumerable.Range(0, Math.Max(2, rounds / 2)).SelectMany(_ => printables));
                var count = queue.Count;
                var clock = Stopwatch.StartNew();
                await DocumentsPerf.DrainAsync(queue, 2 * pages, p => printer.PrintAsync(p.Html, p.Header, p.Footer, ct), ct);
                Console.WriteLine($"ChromiumPdfPrinter with {pages} page(s), {2 * pages} callers: {count} prints in {clock.Elapsed.TotalSeconds:0.00} s = {count / clock.Elapsed.TotalSeconds:0.0} prints/s");
            }

            return 0;
        }
        finally
        {
            DocumentsPerf.RemoveFolder(folder);
        }
    }

    private static Organisations.Organisation Issuer { get; set; } = null!;

    private static List<Variant> Variants()
    {
        static PdfOptions Printer(Printable p, bool headerFooter = true) => new()
        {
            Format = PaperFormat.A4,
            PreferCSSPageSize = true,
            PrintBackground = true,
            DisplayHeaderFooter = headerFooter,
            HeaderTemplate = p.Header,
            FooterTemplate = p.Footer,
            MarginOptions = new MarginOptions { Top = "18mm", Bottom = "16mm", Left = "12mm", Right = "12mm" },
        };

        WaitUntilNavigation[] load = [WaitUntilNavigation.Load];
        WaitUntilNavigation[] dom = [WaitUntilNavigation.DOMContentLoaded];
        return
        [
            new("as the printer prints", ChromiumPdfPrinter.ContentOptions.WaitUntil, p => ChromiumPdfPrinter.Options(p.Header, p.Footer)),
            new("PuppeteerSharp's defaults: Load, tagged, waits for fonts", load, p => Printer(p)),
            new("WaitForFonts off", load, p => { var o = Printer(p); o.WaitForFonts = false; return o; }),
            new("Tagged off", load, p => { var o = Printer(p); o.Tagged = false; return o; }),
            new("Tagged off, WaitForFonts off, DOMContentLoaded", dom, p => { var o = Printer(p); o.Tagged = false; o.WaitForFonts = false; return o; }),
            new("no header/footer, Tagged off, WaitForFonts off", load, p => { var o = Printer(p, headerFooter: false); o.Tagged = false; o.WaitForFonts = false; return o; }),
            new("as the printer prints (again, warm)", ChromiumPdfPrinter.ContentOptions.WaitUntil, p => ChromiumPdfPrinter.Options(p.Header, p.Footer)),
        ];
    }

    private static async Task<List<Printable>> PrintablesAsync(CliServices services, List<Guid> ids, CancellationToken ct)
    {
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, ct);
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CorridorDbContext>();
        var renderer = sp.GetRequiredService<DocumentRenderer>();
        Issuer = await db.Organisations.AsNoTracking().SingleAsync(o => o.Code == DemoCommand.OrganisationCode, ct);
        var list = new List<Printable>();
        foreach (var id in ids)
        {
            var d = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            var sheet = DocumentSheet.FromSnapshot(d.Type, d.SnapshotJson!, d.Sha256!, Issuer, renderer.PublicUrl);
            list.Add(new Printable(sheet, DocumentHtml.Render(sheet), DocumentHtml.Header(sheet), DocumentHtml.Footer(sheet), d.SnapshotJson!));
        }

        return list;
    }

    private static void Line(string what, List<double> ms) =>
        Console.WriteLine($"{what}: n {ms.Count}, p50 {DocumentsPerf.Percentile(ms, 50):0.00} ms, p90 {DocumentsPerf.Percentile(ms, 90):0.00} ms, mean {ms.Average():0.00} ms");
}

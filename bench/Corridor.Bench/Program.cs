using BenchmarkDotNet.Running;
using Corridor.Bench.Import;

namespace Corridor.Bench;

/// <summary>
/// BenchmarkDotNet scenarios (<c>dotnet run -c Release --project bench/Corridor.Bench -- --filter '*'</c>) and the
/// data generators the whole-process benchmarks in bench/*.sh use (<c>-- gen-order-lines N FILE</c>), and the screening
/// figures that need percentiles, batches and the pg_trgm peer (<c>-- compliance-perf [NAMES] [PORT]</c>), and the
/// logistics figures with CPU time next to wall time (<c>-- route-cpu [ROUNDS]</c>, <c>-- plan-cpu [CASE...]</c>), and the
/// documents figures (<c>-- documents-perf [SETS] [BATCH] [WORKERS]</c>, where the time goes: <c>-- documents-profile [SETS] [ROUNDS]</c>), and one 5,000-word article's extraction
/// (<c>-- extract-perf [ROUNDS]</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["compliance-perf", .. var rest])
        {
            return Compliance.ScreeningPerf.RunAsync(rest).GetAwaiter().GetResult();
        }

        if (args is ["compliance-fingerprint", .. var names])
        {
            return Compliance.ScreeningFingerprint.Run(names);
        }

        if (args is ["compliance-profile", .. var profile])
        {
            return Compliance.ScreeningFingerprint.Profile(profile);
        }

        if (args is ["analytics", ..])
        {
            return Corridor.Bench.Analytics.AnalyticsWholeProcess.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args is ["documents-perf", .. var documents])
        {
            return Corridor.Bench.Documents.DocumentsPerf.RunAsync(documents).GetAwaiter().GetResult();
        }

        if (args is ["documents-profile", .. var documentsProfile])
        {
            return Corridor.Bench.Documents.DocumentsProfile.RunAsync(documentsProfile).GetAwaiter().GetResult();
        }

        if (args is ["extract-perf", .. var extract])
        {
            return Intelligence.ExtractionPerf.Run(extract);
        }

        if (args is ["route-cpu", ..])
        {
            return Logistics.LogisticsCpu.Route(args[1..]);
        }

        if (args is ["plan-cpu", ..])
        {
            return Logistics.LogisticsCpu.Plan(args[1..]);
        }

        if (args is ["gen-order-lines", var rows, var file, ..])
        {
            OrderLineGenerator.Write(file, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture), seed: 20231101);
            return 0;
        }

        if (args is ["http-bookings", { } url, { } token, { } clients, { } max, { } seconds, ..])
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            return Logistics.HttpBookingLoad.RunAsync(url, token, int.Parse(clients, inv), int.Parse(max, inv), double.Parse(seconds, inv),
                args.Length > 6 ? int.Parse(args[6], inv) : 64, args.Length > 7 ? double.Parse(args[7], inv) : 0).GetAwaiter().GetResult();
        }

        if (args is ["parse-order-lines", var path, ..])
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var errors = new List<Corridor.Import.ImportError>();
            var n = 0;
            foreach (var row in Corridor.Import.CsvTable.Read(path, "order-lines.csv", Corridor.Trade.RecordedOrderLineImporter.Header, errors))
            {
                n += Corridor.Trade.RecordedOrderLineImporter.Parse(row) is null ? 0 : 1;
            }

            Console.WriteLine($"{n} rows parsed in {sw.Elapsed.TotalSeconds:0.00} s = {n / sw.Elapsed.TotalSeconds:0} rows/s; {errors.Count} errors");
            sw.Restart();
            n = 0;
            foreach (var row in Corridor.Import.CsvTable.Read(path, "order-lines.csv", Corridor.Trade.RecordedOrderLineImporter.Header, errors))
            {
                n++;
            }

            Console.WriteLine($"{n} rows read (CSV only) in {sw.Elapsed.TotalSeconds:0.00} s = {n / sw.Elapsed.TotalSeconds:0} rows/s");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

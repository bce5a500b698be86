using System.Diagnostics;
using Corridor.Intelligence.Extraction;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.Intelligence;

/// <summary>
/// Once the server has started, extracts a short sample text in the background (<see cref="FigureExtractor.WarmUp"/>),
/// so that the first article uploaded does not pay for the extractor's first use — the code ReadyToRun leaves to the
/// JIT (generic collections over the extractor's value types, the vectorised searches of the regular expressions) took
/// the first extraction of a 5,000-word article over 200 ms under load (decision 039, docs/benchmarks.md). Only a
/// running host starts it; the command line's verbs do not.
/// </summary>
public sealed partial class ExtractorWarmUp(IHostApplicationLifetime lifetime, ILogger<ExtractorWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After start-up, so that it never delays the server's readiness; on the thread pool, so that no request waits for it.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(Run, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Run()
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var candidates = FigureExtractor.WarmUp();
            Warmed(logger, FigureExtractor.Version, candidates, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failed(logger, e); // a warm-up that fails only leaves the first extraction slower
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Extractor {Version} warmed up: {Candidates} candidates from the sample text in {Milliseconds:0.0} ms")]
    private static partial void Warmed(ILogger logger, string version, int candidates, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extractor warm-up failed")]
    private static partial void Failed(ILogger logger, Exception exception);
}

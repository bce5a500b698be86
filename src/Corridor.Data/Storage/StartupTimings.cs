namespace Corridor.Storage;

/// <summary>
/// With <c>CORRIDOR_TIMINGS=1</c> in the environment, prints to stderr how many milliseconds after the process
/// started each step of a start-up (demo set-up, each file's validation and write) finished, and on which thread.
/// The figures behind the start-up work in docs/benchmarks.md come from it; without the variable it does nothing.
/// </summary>
public static class StartupTimings
{
    private static readonly bool On = Environment.GetEnvironmentVariable("CORRIDOR_TIMINGS") is not null;
    private static readonly Lazy<DateTime> Start = new(() => System.Diagnostics.Process.GetCurrentProcess().StartTime);

    public static void Mark(string what)
    {
        if (On)
        {
            Console.Error.WriteLine($"T {(DateTime.Now - Start.Value).TotalMilliseconds,6:0} ms [thread {Environment.CurrentManagedThreadId}] {what}");
        }
    }
}

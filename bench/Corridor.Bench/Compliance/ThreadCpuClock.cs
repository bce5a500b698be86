using System.Runtime.InteropServices;

namespace Corridor.Bench.Compliance;

/// <summary>
/// The CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): a query's latency without the
/// time the thread spent waiting for a core, which on a shared machine is what dominates the wall-clock tail.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU the current thread has used, or 0 where the clock is not available.</summary>
    public static double NowMilliseconds() => Available && TryRead(out var ms) ? ms : 0;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (clock_gettime(ClockThreadCpuTimeId, out var ts) != 0)
            {
                return false;
            }

            milliseconds = ts.Seconds * 1000.0 + ts.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}

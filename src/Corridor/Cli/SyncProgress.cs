namespace Corridor.Cli;

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (the BCL one posts to the thread pool, out of order).</summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

namespace Corridor.Bench;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["compliance-perf", .. var rest])
        {
            return await Compliance.ScreeningPerf.RunAsync(rest);
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

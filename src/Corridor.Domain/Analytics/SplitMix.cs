namespace Corridor.Analytics;

/// <summary>SplitMix64: a tiny, fast generator whose sequence is fixed by its seed on every platform and .NET version.</summary>
internal struct SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public int Between(int min, int max) => min + (int)((Next() >> 33) % (ulong)(max - min));

    /// <summary>Poisson with mean <paramref name="lambda"/> (Knuth for small means, normal approximation above 30).</summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 30)
        {
            var n = (int)Math.Round(lambda + (Math.Sqrt(lambda) * Normal()));
            return Math.Max(0, n);
        }

        var l = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= NextDouble();
        }
        while (p > l);
        return k - 1;
    }

    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

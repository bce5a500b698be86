namespace Corridor.Logistics;

/// <summary>The rail track gauges present at a node (a set; written <c>1435;1520</c> in files).</summary>
[Flags]
public enum Gauges
{
    None = 0,

    /// <summary>Standard gauge, 1435 mm (Iran).</summary>
    Standard1435 = 1,

    /// <summary>Russian gauge, 1520 mm (Russia, Azerbaijan, Kazakhstan, Turkmenistan, Belarus).</summary>
    Broad1520 = 2,
}

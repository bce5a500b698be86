namespace Corridor.Trade;

/// <summary>
/// A type in trade's namespace that names logistics' cargo only inside a method body: <see cref="Corridor.Tests.Architecture.FeatureBoundaryTests"/>
/// checks that the boundary scan sees it (it sits in a feature's namespace on purpose, so that the scan counts it as trade's code).
/// </summary>
internal static class BoundaryProbe
{
    public static object Probe() => Corridor.Logistics.Cargo.Vehicles(1);
}

namespace Corridor.Catalog;

/// <summary>UNECE vehicle category as used by TR CU 018/2011: M1 passenger cars, N1 light goods vehicles, and so on.</summary>
public enum VehicleCategory
{
    M1,
    M2,
    M3,
    N1,
    N2,
    N3,
}

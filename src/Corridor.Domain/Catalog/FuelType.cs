namespace Corridor.Catalog;

public enum FuelType
{
    Petrol,
    Diesel,
    Cng,
    Bifuel,
    Hybrid,
    Electric,
}

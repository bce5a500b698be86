using Corridor.Catalog;
using Corridor.Common;

namespace Corridor.Tests.Catalog;

public sealed class CatalogSearchTests
{
    private static readonly VehicleModel[] Models =
    [
        new(Guid.NewGuid(), "SAMAND", "Samand", VehicleCategory.M1, 1645, FuelType.Petrol, EmissionClass.Euro4, 1250, HsCode.Parse("8703.23"), null, "s"),
        new(Guid.NewGuid(), "RUNNA", "Rünna", VehicleCategory.M1, 1645, FuelType.Petrol, EmissionClass.Euro4, 1150, HsCode.Parse("8703.23"), Money.Of(13000, "USD"), "s"),
        new(Guid.NewGuid(), "SHAHIN", "Shahin", VehicleCategory.M1, 1497, FuelType.Petrol, EmissionClass.Euro5, 1150, HsCode.Parse("8703.22"), null, "s"),
    ];

    [Fact]
    public void Models_EmptyQuery_ReturnsAll() => Assert.Equal(3, CatalogSearch.Models(Models, "  ").Count());

    [Fact]
    public void Models_IgnoresCaseAndAccents() =>
        Assert.Equal(["RUNNA"], CatalogSearch.Models(Models, "runna").Select(m => m.Code));

    [Fact]
    public void Models_AllWordsMustMatch() =>
        Assert.Equal(["SHAHIN"], CatalogSearch.Models(Models, "euro-5 8703.22").Select(m => m.Code));
}

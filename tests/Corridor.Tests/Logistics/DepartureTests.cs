using Corridor.Logistics;

namespace Corridor.Tests.Logistics;

/// <summary>A departure's timetable data keeps the constructor's rules when a re-import reschedules it.</summary>
public sealed class DepartureTests
{
    private static readonly DateTimeOffset Leaves = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Departure Ferry() => new("ANZ-MKH-RORO", "IR-ANZALI", "RU-MAKHACHKALA", TransportMode.Sea, Leaves, Leaves.AddHours(30), 150, CapacityUnit.Vehicles);

    [Fact]
    public void Reschedule_ArrivalNotAfterDeparture_IsRefusedAsTheConstructorRefusesIt()
    {
        var departure = Ferry();

        var ex = Assert.Throws<ArgumentException>(() => departure.Reschedule(Leaves, 150));

        Assert.Equal("arrivesAt", ex.ParamName);
        Assert.Equal(Leaves.AddHours(30), departure.ArrivesAt);
    }

    [Fact]
    public void Reschedule_NegativeCapacity_IsRefused()
    {
        var departure = Ferry();

        Assert.Equal("capacity", Assert.Throws<ArgumentException>(() => departure.Reschedule(Leaves.AddHours(30), -1)).ParamName);
        Assert.Equal(150, departure.Capacity);
    }

    [Fact]
    public void Reschedule_StoresTheArrivalInUtcAndSaysWhetherAnythingChanged()
    {
        var departure = Ferry();
        var later = Leaves.AddHours(36).ToOffset(TimeSpan.FromHours(3.5));

        Assert.True(departure.Reschedule(later, 160));
        Assert.Equal(TimeSpan.Zero, departure.ArrivesAt.Offset);
        Assert.Equal(later, departure.ArrivesAt);
        Assert.False(departure.Reschedule(later, 160));
    }
}

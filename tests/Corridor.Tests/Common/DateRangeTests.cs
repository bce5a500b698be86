using Corridor.Common;

namespace Corridor.Tests.Common;

public sealed class DateRangeTests
{
    private static readonly DateOnly Jan1 = new(2016, 1, 1);
    private static readonly DateOnly Feb1 = new(2016, 2, 1);

    [Fact]
    public void Contains_IsHalfOpen()
    {
        var january = new DateRange(Jan1, Feb1);
        Assert.True(january.Contains(Jan1));
        Assert.True(january.Contains(Feb1.AddDays(-1)));
        Assert.False(january.Contains(Feb1));
        Assert.False(january.Contains(Jan1.AddDays(-1)));
    }

    [Fact]
    public void Contains_OpenEnded_HasNoEnd() => Assert.True(new DateRange(Jan1, null).Contains(new DateOnly(2099, 1, 1)));

    [Fact]
    public void Constructor_EndBeforeStart_Throws() => Assert.Throws<ArgumentException>(() => new DateRange(Feb1, Jan1));

    [Fact]
    public void Constructor_EmptyRange_Throws() => Assert.Throws<ArgumentException>(() => new DateRange(Jan1, Jan1));

    [Fact]
    public void Overlaps_AdjacentRanges_DoNotOverlap()
    {
        Assert.False(new DateRange(Jan1, Feb1).Overlaps(new DateRange(Feb1, null)));
        Assert.True(new DateRange(Jan1, Feb1.AddDays(1)).Overlaps(new DateRange(Feb1, null)));
    }
}

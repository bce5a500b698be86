using Corridor.Common;
using Corridor.Trade;

namespace Corridor.Tests.Trade;

public sealed class OrderTransitionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static TradeOrder Draft()
    {
        var o = new TradeOrder("T-1", null, Guid.NewGuid(), null, "IKCO-TEHRAN", "RU-MOSCOW", CountryCode.Parse("RU"), new DateOnly(2026, 11, 23), new DateOnly(2027, 3, 1),
            Incoterm.CPT, Currency.USD, "alice", At);
        Assert.True(o.AddLine(OrderItemKind.Model, "SAMAND", 500, 16000m, "alice", At).Succeeded);
        return o;
    }

    private static TradeOrder In(OrderStatus status)
    {
        var o = Draft();
        if (status == OrderStatus.Draft)
        {
            return o;
        }

        if (status == OrderStatus.Cancelled)
        {
            Assert.True(o.Cancel("test", "bob", At).Succeeded);
            return o;
        }

        Assert.True(o.Promise("bob", At).Succeeded);
        if (status == OrderStatus.Promised)
        {
            return o;
        }

        Assert.True(o.Confirm(0, "bob", At).Succeeded);
        if (status == OrderStatus.Confirmed)
        {
            return o;
        }

        Assert.True(o.Dispatch("bob", At).Succeeded);
        if (status == OrderStatus.InTransit)
        {
            return o;
        }

        Assert.True(o.Deliver("bob", At).Succeeded);
        return o;
    }

    private static Result<OrderStatus> Apply(TradeOrder o, OrderStatus to) => to switch
    {
        OrderStatus.Promised => o.Promise("carol", At.AddHours(1)),
        OrderStatus.Confirmed => o.Confirm(0, "carol", At.AddHours(1)),
        OrderStatus.InTransit => o.Dispatch("carol", At.AddHours(1)),
        OrderStatus.Delivered => o.Deliver("carol", At.AddHours(1)),
        OrderStatus.Cancelled => o.Cancel("buyer withdrew", "carol", At.AddHours(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(to)),
    };

    public static TheoryData<OrderStatus, OrderStatus> Allowed => new()
    {
        { OrderStatus.Draft, OrderStatus.Promised },
        { OrderStatus.Draft, OrderStatus.Cancelled },
        { OrderStatus.Promised, OrderStatus.Promised },
        { OrderStatus.Promised, OrderStatus.Confirmed },
        { OrderStatus.Promised, OrderStatus.Cancelled },
        { OrderStatus.Confirmed, OrderStatus.InTransit },
        { OrderStatus.Confirmed, OrderStatus.Cancelled },
        { OrderStatus.InTransit, OrderStatus.Delivered },
    };

    public static TheoryData<OrderStatus, OrderStatus> Refused => new()
    {
        { OrderStatus.Draft, OrderStatus.Confirmed },
        { OrderStatus.Draft, OrderStatus.InTransit },
        { OrderStatus.Draft, OrderStatus.Delivered },
        { OrderStatus.Promised, OrderStatus.InTransit },
        { OrderStatus.Promised, OrderStatus.Delivered },
        { OrderStatus.Confirmed, OrderStatus.Promised },
        { OrderStatus.Confirmed, OrderStatus.Confirmed },
        { OrderStatus.Confirmed, OrderStatus.Delivered },
        { OrderStatus.InTransit, OrderStatus.Promised },
        { OrderStatus.InTransit, OrderStatus.Confirmed },
        { OrderStatus.InTransit, OrderStatus.InTransit },
        { OrderStatus.InTransit, OrderStatus.Cancelled },
        { OrderStatus.Delivered, OrderStatus.Promised },
        { OrderStatus.Delivered, OrderStatus.Confirmed },
        { OrderStatus.Delivered, OrderStatus.InTransit },
        { OrderStatus.Delivered, OrderStatus.Delivered },
        { OrderStatus.Delivered, OrderStatus.Cancelled },
        { OrderStatus.Cancelled, OrderStatus.Promised },
        { OrderStatus.Cancelled, OrderStatus.Confirmed },
        { OrderStatus.Cancelled, OrderStatus.InTransit },
        { OrderStatus.Cancelled, OrderStatus.Delivered },
        { OrderStatus.Cancelled, OrderStatus.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Transition_WhenAllowed_ChangesStatusAndRecordsWhoAndWhen(OrderStatus from, OrderStatus to)
    {
        var order = In(from);
        var before = order.Transitions.Count;
        var result = Apply(order, to);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(to, order.Status);
        Assert.Equal(before + 1, order.Transitions.Count);
        var last = order.Transitions.Last();
        Assert.Equal((from, to, "carol", At.AddHours(1)), (last.From, last.To, last.By, last.At));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Transition_WhenRefused_NamesBothStatusesAndChangesNothing(OrderStatus from, OrderStatus to)
    {
        var order = In(from);
        var before = order.Transitions.Count;
        var result = Apply(order, to);
        Assert.False(result.Succeeded);
        Assert.Contains($"from {TradeOrder.Describe(from)} to {TradeOrder.Describe(to)}", result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(from, order.Status);
        Assert.Equal(before, order.Transitions.Count);
    }

    [Fact]
    public void Cancel_WithoutAReason_IsRefused()
    {
        var order = Draft();
        Assert.False(order.Cancel(" ", "carol", At).Succeeded);
        Assert.Equal(OrderStatus.Draft, order.Status);
    }

    [Fact]
    public void AddLine_ToAPromisedOrder_SendsItBackToDraft()
    {
        var order = In(OrderStatus.Promised);
        Assert.True(order.AddLine(OrderItemKind.Part, "IKCO-RAD-001", 10, 48m, "carol", At).Succeeded);
        Assert.Equal(OrderStatus.Draft, order.Status);
        Assert.Equal("changed after the promise", order.Transitions.Last().Note);
    }

    [Fact]
    public void AddLine_ToAConfirmedOrder_IsRefused()
    {
        var order = In(OrderStatus.Confirmed);
        Assert.False(order.AddLine(OrderItemKind.Model, "TARA", 1, 1m, "carol", At).Succeeded);
        Assert.Single(order.Lines);
    }

    [Fact]
    public void Confirm_WithoutLines_IsRefused()
    {
        var o = new TradeOrder("T-2", null, Guid.NewGuid(), null, "IKCO-TEHRAN", "RU-MOSCOW", CountryCode.Parse("RU"), new DateOnly(2026, 11, 23), new DateOnly(2027, 3, 1),
            Incoterm.CPT, Currency.USD, "alice", At);
        Assert.True(o.Promise("bob", At).Succeeded);
        Assert.False(o.Confirm(0, "bob", At).Succeeded);
        Assert.Equal(OrderStatus.Promised, o.Status);
    }

    [Fact]
    public void NewOrder_RequestedBeforeTheOrderDay_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new TradeOrder("T-3", null, Guid.NewGuid(), null, "A", "B", CountryCode.Parse("RU"),
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 22), Incoterm.CPT, Currency.USD, "alice", At));
}

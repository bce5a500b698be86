using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// Capacity reserved on one <see cref="Departure"/> for an organisation's shipment. <see cref="Quantity"/> is in the
/// departure's <see cref="Unit"/>. A confirmed booking holds that much of the departure until cancelled; a waitlisted one
/// holds nothing.
/// </summary>
public sealed class Booking : IOrganisationOwned
{
    /// <summary>The longest reference a booking takes.</summary>
    public const int ReferenceMaxLength = 100;

    private Booking()
    {
        Reference = CargoDescription = "";
    }

    private Booking(Guid departureId, int quantity, CapacityUnit unit, string cargoDescription, string reference, BookingStatus status, DateTimeOffset at, Guid? orderId)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        DepartureId = departureId;
        Quantity = Guard.Positive(quantity, "quantity");
        Unit = unit;
        CargoDescription = Guard.Text(cargoDescription, "cargo");
        Reference = Guard.Text(reference, "reference", ReferenceMaxLength);
        Status = status;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid DepartureId { get; private set; }

    public int Quantity { get; private set; }

    public CapacityUnit Unit { get; private set; }

    /// <summary>What was asked for, e.g. "300 vehicles".</summary>
    public string CargoDescription { get; private set; }

    /// <summary>The organisation's shipment or order reference.</summary>
    public string Reference { get; private set; }

    /// <summary>The trade order whose confirmation made this booking, if any; cancelling the order releases it.</summary>
    public Guid? OrderId { get; private set; }

    public BookingStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>A confirmed booking; it holds its quantity once the capacity ledger has taken it from the departure.</summary>
    /// <param name="orderId">The trade order it is booked for, when an order confirmation books it.</param>
    public static Booking Confirmed(Guid departureId, int quantity, CapacityUnit unit, string cargo, string reference, DateTimeOffset at, Guid? orderId = null) =>
        new(departureId, quantity, unit, cargo, reference, BookingStatus.Confirmed, at, orderId);

    public static Booking Waitlisted(Guid departureId, int quantity, CapacityUnit unit, string cargo, string reference, DateTimeOffset at) =>
        new(departureId, quantity, unit, cargo, reference, BookingStatus.Waitlisted, at, null);

    /// <summary>Marks the booking cancelled; returns the quantity to release from the departure (0 if it held none).</summary>
    /// <exception cref="InvalidOperationException">Already cancelled.</exception>
    public int Cancel(DateTimeOffset at)
    {
        if (Status == BookingStatus.Cancelled)
        {
            throw new InvalidOperationException("The booking is already cancelled.");
        }

        var release = Status == BookingStatus.Confirmed ? Quantity : 0;
        Status = BookingStatus.Cancelled;
        CancelledAt = at;
        return release;
    }
}

using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// Something a rule change touches besides the model itself: a certificate that stops sufficing today, and —
/// once trade and logistics exist — an open order or planned shipment whose delivery falls in a lost period.
/// </summary>
/// <param name="Source">What kind of thing it is: <c>certificate</c>, <c>order</c>, <c>shipment</c>, ….</param>
/// <param name="Reference">Its number or code.</param>
/// <param name="Quantity">Units concerned, when the thing has a quantity.</param>
/// <param name="Value">Value concerned, when it has one.</param>
public sealed record ImpactedItem(
    string Source, string Reference, string Model, string Market, DateOnly? Date, bool Lost, int? Quantity, Money? Value, string Message);

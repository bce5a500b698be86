using Corridor.Common;

namespace Corridor.Trade;

/// <summary>One quantity ceiling as entered: a label, the models or parts it covers or a product group, and the maximum.</summary>
public sealed record CeilingTerms(string Label, IReadOnlyList<string> ItemCodes, string? ProductGroup, int MaxQuantity);

/// <summary>One price-list entry as entered.</summary>
public sealed record PriceTerms(OrderItemKind Kind, string ItemCode, Money UnitPrice);

/// <summary>
/// Everything about an agreement that can be edited (all but its code, status and burn-down): the fields of
/// <see cref="Agreement.Revise"/>.
/// </summary>
public sealed record AgreementTerms(
    AgreementKind Kind,
    string Title,
    string SellerMakerCode,
    DateRange Period,
    Money? ValueCeiling,
    Incoterm Incoterm,
    Currency PaymentCurrency,
    string PaymentTerms,
    string Source,
    string? Assumption,
    IReadOnlyList<(Guid CounterpartyId, PartyRole Role)> Parties,
    IReadOnlyList<CeilingTerms> QuantityCeilings,
    IReadOnlyList<PriceTerms> Prices);

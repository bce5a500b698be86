using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// An MoU, framework agreement or supply contract of the organisation: the seller (a maker of the catalogue), the
/// buyer and other parties (counterparties), a half-open period <c>[From, Until)</c>, a value ceiling in one currency,
/// quantity ceilings per model or product group, a price list, an Incoterms 2020 rule, payment currency and terms.
/// <para>
/// Burn-down: <see cref="CommittedMinor"/> is the value of the confirmed orders, each converted into the ceiling's
/// currency at its order day, in minor units of that currency (a whole number, so the database can compare it with the
/// ceiling in one conditional UPDATE); <see cref="DeliveredMinor"/> the part of it delivered.
/// </para>
/// </summary>
public sealed class Agreement : IOrganisationOwned
{
    /// <summary>Share of a ceiling at which a warning is given.</summary>
    public const decimal WarningShare = 0.8m;

    private readonly List<AgreementParty> _parties = [];
    private readonly List<QuantityCeiling> _quantityCeilings = [];
    private readonly List<PriceListEntry> _prices = [];

    private Agreement()
    {
        Code = Title = SellerMakerCode = CeilingCurrency = PaymentCurrency = PaymentTerms = Source = "";
    }

    /// <exception cref="ArgumentException">A field is invalid (named in the message).</exception>
    public Agreement(string code, AgreementKind kind, string title, string sellerMakerCode, DateRange period, Money? valueCeiling, Incoterm incoterm,
        Currency paymentCurrency, string paymentTerms, AgreementStatus status, string source, string? assumption)
    {
        Id = Guid.CreateVersion7();
        Code = Guard.Code(code, "code");
        Kind = kind;
        Title = Guard.Text(title, "title", 300);
        SellerMakerCode = Guard.Code(sellerMakerCode, "seller");
        From = period.From;
        Until = period.Until;
        if (valueCeiling is { } v)
        {
            if (v.Amount <= 0)
            {
                throw new ArgumentException("value ceiling must be positive.", nameof(valueCeiling));
            }

            CeilingMinor = ToMinor(v);
        }

        CeilingCurrency = (valueCeiling?.Currency ?? paymentCurrency).Code;
        Incoterm = incoterm;
        PaymentCurrency = paymentCurrency.Code;
        PaymentTerms = Guard.Text(paymentTerms, "payment terms", 300);
        Status = status;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Code { get; private set; }

    public AgreementKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>The maker (catalogue code) that sells under the agreement.</summary>
    public string SellerMakerCode { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>First day after the period; null = open-ended.</summary>
    public DateOnly? Until { get; private set; }

    public DateRange Period => new(From, Until);

    /// <summary>The value ceiling in minor units of <see cref="CeilingCurrency"/>; null = no value ceiling.</summary>
    public long? CeilingMinor { get; private set; }

    public string CeilingCurrency { get; private set; }

    public long CommittedMinor { get; private set; }

    public long DeliveredMinor { get; private set; }

    public Incoterm Incoterm { get; private set; }

    public string PaymentCurrency { get; private set; }

    public string PaymentTerms { get; private set; }

    public AgreementStatus Status { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public IReadOnlyCollection<AgreementParty> Parties => _parties;

    public IReadOnlyCollection<QuantityCeiling> QuantityCeilings => _quantityCeilings;

    public IReadOnlyCollection<PriceListEntry> Prices => _prices;

    public Currency Currency => Currency.Parse(CeilingCurrency);

    public Money? ValueCeiling => CeilingMinor is { } m ? FromMinor(m, Currency) : null;

    public Money Committed => FromMinor(CommittedMinor, Currency);

    public Money Delivered => FromMinor(DeliveredMinor, Currency);

    public void AddParty(Guid counterpartyId, PartyRole role)
    {
        if (_parties.Any(p => p.CounterpartyId == counterpartyId && p.Role == role))
        {
            return;
        }

        _parties.Add(new AgreementParty(counterpartyId, role));
    }

    public void AddQuantityCeiling(string label, IEnumerable<string> itemCodes, string? productGroup, int maxQuantity) =>
        _quantityCeilings.Add(new QuantityCeiling(label, itemCodes, productGroup, maxQuantity));

    public void SetPrice(OrderItemKind kind, string itemCode, Money unitPrice)
    {
        _prices.RemoveAll(p => p.ItemKind == kind && p.ItemCode == itemCode.ToUpperInvariant());
        _prices.Add(new PriceListEntry(kind, itemCode, unitPrice));
    }

    public PriceListEntry? PriceOf(OrderItemKind kind, string itemCode) =>
        _prices.FirstOrDefault(p => p.ItemKind == kind && string.Equals(p.ItemCode, itemCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why an order for <paramref name="day"/> cannot be taken under the agreement, or null when it can.</summary>
    public string? RefusalOn(DateOnly day) =>
        Status != AgreementStatus.Active ? $"agreement {Code} is {Status.ToString().ToLowerInvariant()}, not active"
        : !Period.Contains(day) ? $"agreement {Code} runs {Period}; {day:yyyy-MM-dd} is outside it"
        : null;

    public void ChangeStatus(AgreementStatus status) => Status = status;

    public static long ToMinor(Money money) => (long)decimal.Round(money.Amount * Pow10(money.Currency.Decimals), 0, MidpointRounding.AwayFromZero);

    public static Money FromMinor(long minor, Currency currency) => new(minor / Pow10(currency.Decimals), currency);

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}

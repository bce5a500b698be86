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

    /// <summary>
    /// The agreement's ceilings against one order (decision 042): the value ceiling, when there is one and
    /// <paramref name="orderValue"/> (the order's value in <see cref="Currency"/> at its order day) is known, then each
    /// quantity ceiling by label that the order or confirmed orders touch, <paramref name="unitsOf"/> giving the order's
    /// units it covers. An order that is <paramref name="alreadyCommitted"/> is in the used figures and adds nothing again.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="orderValue"/> is not in the ceiling currency.</exception>
    public IReadOnlyList<CeilingAssessment> AssessCeilings(Money? orderValue, Func<QuantityCeiling, int> unitsOf, bool alreadyCommitted)
    {
        ArgumentNullException.ThrowIfNull(unitsOf);
        var assessed = new List<CeilingAssessment>();
        if (orderValue is { } value && ValueCeiling is { } limit)
        {
            if (value.Currency != Currency)
            {
                throw new ArgumentException($"the order's value is in {value.Currency}, the ceiling of agreement {Code} in {Currency}.", nameof(orderValue));
            }

            assessed.Add(CeilingAssessment.Of($"value ({Code})", CeilingCurrency, limit.Amount, Committed.Amount, alreadyCommitted ? 0m : value.Amount));
        }

        foreach (var ceiling in _quantityCeilings.OrderBy(q => q.Label))
        {
            var units = unitsOf(ceiling);
            if (units == 0 && ceiling.Committed == 0)
            {
                continue;
            }

            assessed.Add(CeilingAssessment.Of(ceiling.Label, "units", ceiling.MaxQuantity, ceiling.Committed, alreadyCommitted ? 0 : units));
        }

        return assessed;
    }

    /// <summary>
    /// A new agreement from entered terms (API): the constructor's checks, then parties, quantity ceilings and prices.
    /// </summary>
    /// <exception cref="ArgumentException">A field is invalid (named in <see cref="ArgumentException.ParamName"/>).</exception>
    public static Agreement Create(string code, AgreementTerms terms, AgreementStatus status)
    {
        var agreement = new Agreement(code, terms.Kind, terms.Title, terms.SellerMakerCode, terms.Period, terms.ValueCeiling, terms.Incoterm,
            terms.PaymentCurrency, terms.PaymentTerms, status, terms.Source, terms.Assumption);
        agreement.ApplyCollections(terms);
        return agreement;
    }

    /// <summary>
    /// Whether the agreement's burn-down has started: confirmed or delivered orders have taken value or units from it.
    /// Then the ceilings' currency and the set and coverage of its quantity ceilings are fixed (cancelling an order gives
    /// back to the ceilings it covers now), and no ceiling may go below what is committed.
    /// </summary>
    public bool InUse => CommittedMinor > 0 || DeliveredMinor > 0 || _quantityCeilings.Any(q => q.Committed > 0 || q.Delivered > 0);

    /// <summary>Why the agreement cannot be edited in its state, or null when it can (draft, active, suspended; not closed).</summary>
    public string? EditRefusal() =>
        Status == AgreementStatus.Closed ? $"agreement {Code} is closed; a closed agreement cannot be edited" : null;

    /// <summary>
    /// Why <paramref name="terms"/> cannot replace the current ones given what orders have used, as (field, reason), or
    /// null when they can.
    /// </summary>
    public (string Field, string Reason)? ReviseRefusal(AgreementTerms terms)
    {
        if (EditRefusal() is { } state)
        {
            return ("status", state);
        }

        var currency = (terms.ValueCeiling?.Currency ?? terms.PaymentCurrency).Code;
        if (InUse && currency != CeilingCurrency)
        {
            return ("valueCeiling", $"orders have used agreement {Code} in {CeilingCurrency}; its ceiling currency cannot change to {currency}");
        }

        if (terms.ValueCeiling is { } v && v.Amount > 0 && ToMinor(v) < CommittedMinor)
        {
            return ("valueCeiling", $"{v} is below the {Committed} already committed under agreement {Code}");
        }

        var byLabel = terms.QuantityCeilings.GroupBy(c => c.Label.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        foreach (var q in _quantityCeilings)
        {
            var used = q.Committed > 0 || q.Delivered > 0;
            if (!byLabel.TryGetValue(q.Label, out var t))
            {
                if (InUse)
                {
                    return ("quantityCeilings", $"quantity ceiling '{q.Label}' cannot be removed once orders have used agreement {Code}");
                }

                continue;
            }

            if (InUse && !q.SameCoverage(t.ItemCodes, t.ProductGroup))
            {
                return ("quantityCeilings", $"what quantity ceiling '{q.Label}' covers cannot change once orders have used agreement {Code}");
            }

            if (used && t.MaxQuantity < q.Committed)
            {
                return ("quantityCeilings", $"quantity ceiling '{q.Label}' cannot go to {t.MaxQuantity}, below the {q.Committed} units committed");
            }
        }

        if (InUse && byLabel.Keys.Any(l => !_quantityCeilings.Any(q => string.Equals(q.Label, l, StringComparison.OrdinalIgnoreCase))))
        {
            return ("quantityCeilings", $"no quantity ceiling can be added once orders have used agreement {Code} (a cancelled order gives back to the ceilings it covers)");
        }

        return null;
    }

    /// <summary>
    /// Replaces every editable field, party, quantity ceiling and price with <paramref name="terms"/>, all or nothing.
    /// Quantity ceilings are matched by label, so a kept ceiling keeps its committed and delivered figures.
    /// </summary>
    /// <exception cref="InvalidOperationException">The state or the burn-down refuses it (<see cref="ReviseRefusal"/>).</exception>
    /// <exception cref="ArgumentException">A field is invalid (named in <see cref="ArgumentException.ParamName"/>).</exception>
    public void Revise(AgreementTerms terms)
    {
        // Checked on a throw-away agreement first, so that a bad field leaves this one untouched.
        Create(Code, terms, Status);
        if (ReviseRefusal(terms) is { } refusal)
        {
            throw new InvalidOperationException(refusal.Reason);
        }

        Kind = terms.Kind;
        Title = Guard.Text(terms.Title, "title", 300);
        SellerMakerCode = Guard.Code(terms.SellerMakerCode, "seller");
        From = terms.Period.From;
        Until = terms.Period.Until;
        CeilingMinor = terms.ValueCeiling is { } v ? ToMinor(v) : null;
        CeilingCurrency = (terms.ValueCeiling?.Currency ?? terms.PaymentCurrency).Code;
        Incoterm = terms.Incoterm;
        PaymentCurrency = terms.PaymentCurrency.Code;
        PaymentTerms = Guard.Text(terms.PaymentTerms, "payment terms", 300);
        Source = Guard.Text(terms.Source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(terms.Assumption) ? null : terms.Assumption.Trim();
        ApplyCollections(terms);
    }

    private void ApplyCollections(AgreementTerms terms)
    {
        var parties = terms.Parties.Distinct().ToList();
        if (!parties.Any(p => p.Role == PartyRole.Buyer))
        {
            throw new ArgumentException("an agreement needs a buyer among its parties.", "parties");
        }

        _parties.RemoveAll(p => !parties.Contains((p.CounterpartyId, p.Role)));
        foreach (var (id, role) in parties)
        {
            AddParty(id, role);
        }

        var ceilings = terms.QuantityCeilings.GroupBy(c => c.Label.Trim(), StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
        _quantityCeilings.RemoveAll(q => !ceilings.Any(c => string.Equals(c.Label.Trim(), q.Label, StringComparison.OrdinalIgnoreCase)));
        foreach (var c in ceilings)
        {
            if (_quantityCeilings.FirstOrDefault(q => string.Equals(q.Label, c.Label.Trim(), StringComparison.OrdinalIgnoreCase)) is { } kept)
            {
                kept.Revise(c.ItemCodes, c.ProductGroup, c.MaxQuantity);
            }
            else
            {
                AddQuantityCeiling(c.Label, c.ItemCodes, c.ProductGroup, c.MaxQuantity);
            }
        }

        var prices = terms.Prices.GroupBy(p => (p.Kind, Code: p.ItemCode.Trim().ToUpperInvariant())).Select(g => g.Last()).ToList();
        _prices.RemoveAll(p => !prices.Any(n => n.Kind == p.ItemKind && string.Equals(n.ItemCode.Trim(), p.ItemCode, StringComparison.OrdinalIgnoreCase)));
        foreach (var p in prices)
        {
            if (_prices.FirstOrDefault(x => x.ItemKind == p.Kind && string.Equals(x.ItemCode, p.ItemCode.Trim(), StringComparison.OrdinalIgnoreCase)) is { } kept)
            {
                kept.Reprice(p.UnitPrice);
            }
            else
            {
                _prices.Add(new PriceListEntry(p.Kind, p.ItemCode, p.UnitPrice));
            }
        }
    }

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

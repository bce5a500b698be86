using Corridor.Trade;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corridor.Pages.Trade;

/// <summary>
/// The agreement form as a person fills it in: a fixed number of rows for parties, quantity ceilings and prices (empty
/// rows are left out). It becomes the same <see cref="AgreementInput"/> that POST and PUT /api/trade/agreements take.
/// </summary>
public sealed class AgreementForm
{
    /// <summary>Empty rows offered after the stored ones, so that a party, ceiling or price can be added.</summary>
    public const int SpareRows = 2;

    public string? Code { get; set; }

    public string? Kind { get; set; } = "supply-contract";

    public string? Title { get; set; }

    public string? Seller { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? Until { get; set; }

    public decimal? ValueCeilingAmount { get; set; }

    public string? ValueCeilingCurrency { get; set; }

    public string? Incoterm { get; set; } = "DAP";

    public string? PaymentCurrency { get; set; }

    public string? PaymentTerms { get; set; }

    public string? Source { get; set; }

    public string? Assumption { get; set; }

    public List<PartyRow> Parties { get; set; } = [];

    public List<CeilingRow> Ceilings { get; set; } = [];

    public List<PriceRow> Prices { get; set; } = [];

    public sealed class PartyRow
    {
        public string? Partner { get; set; }

        public string? Role { get; set; }
    }

    public sealed class CeilingRow
    {
        public string? Label { get; set; }

        /// <summary>Model or part codes, separated by spaces or commas.</summary>
        public string? Items { get; set; }

        public string? ProductGroup { get; set; }

        public int? Max { get; set; }
    }

    public sealed class PriceRow
    {
        public string? Item { get; set; }

        public decimal? Amount { get; set; }

        public string? Currency { get; set; }
    }

    /// <summary>The input's field names (as the use case reports them) and the form field each is shown next to.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldFor = new Dictionary<string, string>
    {
        ["code"] = "code", ["kind"] = "kind", ["title"] = "title", ["seller"] = "seller", ["from"] = "from", ["until"] = "until",
        ["valueCeiling"] = "valueCeilingAmount", ["incoterm"] = "incoterm", ["paymentCurrency"] = "paymentCurrency",
        ["paymentTerms"] = "paymentTerms", ["source"] = "source", ["parties"] = "parties", ["quantityCeilings"] = "ceilings", ["prices"] = "prices",
    };

    public static readonly IReadOnlySet<string> Fields = FieldFor.Values.ToHashSet();

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Memorandum of understanding (MoU)", "mou"), new("Framework agreement", "framework"), new("Supply contract", "supply-contract")];

    public static IReadOnlyList<SelectListItem> Roles { get; } =
        [new("—", ""), .. Enum.GetValues<PartyRole>().Select(r => new SelectListItem(r.ToString(), r.ToString().ToLowerInvariant()))];

    public static IReadOnlyList<SelectListItem> Incoterms { get; } =
        Enum.GetValues<Incoterm>().Select(i => new SelectListItem(i.ToString(), i.ToString())).ToList();

    /// <summary>The statuses a person can set, with what each means for orders.</summary>
    public static IReadOnlyList<SelectListItem> Statuses { get; } =
    [
        new("Draft — not yet in force", "draft"), new("Active — orders may be taken under it", "active"),
        new("Suspended — no new orders for now", "suspended"), new("Closed — ended; cannot be edited again", "closed"),
    ];

    public static AgreementForm Of(Agreement a, IReadOnlyDictionary<Guid, string> partnerCodes) => new AgreementForm
    {
        Code = a.Code,
        Kind = a.Kind switch { AgreementKind.SupplyContract => "supply-contract", var k => k.ToString().ToLowerInvariant() },
        Title = a.Title,
        Seller = a.SellerMakerCode,
        From = a.From,
        Until = a.Until,
        ValueCeilingAmount = a.ValueCeiling?.Amount,
        ValueCeilingCurrency = a.CeilingCurrency,
        Incoterm = a.Incoterm.ToString(),
        PaymentCurrency = a.PaymentCurrency,
        PaymentTerms = a.PaymentTerms,
        Source = a.Source,
        Assumption = a.Assumption,
        Parties = a.Parties.Select(p => new PartyRow { Partner = partnerCodes.GetValueOrDefault(p.CounterpartyId), Role = p.Role.ToString().ToLowerInvariant() }).ToList(),
        Ceilings = a.QuantityCeilings.OrderBy(q => q.Id).Select(q => new CeilingRow { Label = q.Label, Items = q.ItemCodes, ProductGroup = q.ProductGroup, Max = q.MaxQuantity }).ToList(),
        Prices = a.Prices.OrderBy(p => p.ItemCode, StringComparer.Ordinal).Select(p => new PriceRow { Item = p.ItemCode, Amount = p.UnitPrice, Currency = p.Currency }).ToList(),
    }.WithSpareRows();

    /// <summary>Pads each row list with <see cref="SpareRows"/> empty rows (and at least three parties' worth on a new agreement).</summary>
    public AgreementForm WithSpareRows()
    {
        Parties.RemoveAll(p => string.IsNullOrWhiteSpace(p.Partner) && string.IsNullOrWhiteSpace(p.Role));
        Ceilings.RemoveAll(c => string.IsNullOrWhiteSpace(c.Label) && c.Max is null);
        Prices.RemoveAll(p => string.IsNullOrWhiteSpace(p.Item) && p.Amount is null);
        Parties.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new PartyRow()));
        Ceilings.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new CeilingRow()));
        Prices.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new PriceRow()));
        return this;
    }

    /// <summary>Rows the use case cannot judge because a figure is missing: a price row naming an item without an amount.</summary>
    public IEnumerable<(string Field, string Message)> IncompleteRows() =>
        Prices.Where(p => !string.IsNullOrWhiteSpace(p.Item) && p.Amount is null).Select(p => ("prices", $"Give the price of {p.Item!.Trim().ToUpperInvariant()}."));

    public AgreementInput ToInput(bool creating) => new(
        creating ? Code : null, Kind, Title, Seller,
        Parties.Where(p => !string.IsNullOrWhiteSpace(p.Partner) || !string.IsNullOrWhiteSpace(p.Role)).Select(p => new AgreementPartyInput(p.Partner ?? "", p.Role ?? "")).ToList(),
        From, Until,
        ValueCeilingAmount is { } amount ? new AgreementMoneyInput(amount, (ValueCeilingCurrency ?? PaymentCurrency ?? "").Trim().ToUpperInvariant()) : null,
        Ceilings.Where(c => !string.IsNullOrWhiteSpace(c.Label) || c.Max is not null || !string.IsNullOrWhiteSpace(c.Items))
            .Select(c => new AgreementCeilingInput(c.Label ?? "", (c.Items ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), c.ProductGroup, c.Max ?? 0)).ToList(),
        Prices.Where(p => !string.IsNullOrWhiteSpace(p.Item) || p.Amount is not null)
            .Select(p => new AgreementPriceInput(p.Item ?? "", p.Amount ?? 0, (p.Currency ?? PaymentCurrency ?? "").Trim().ToUpperInvariant(), null)).ToList(),
        Incoterm, PaymentCurrency?.Trim().ToUpperInvariant(), PaymentTerms, string.IsNullOrWhiteSpace(Source) ? "entered on the agreements page" : Source, Assumption, null);
}

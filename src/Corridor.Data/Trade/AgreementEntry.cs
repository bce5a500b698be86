using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>An amount with its ISO 4217 currency, as entered.</summary>
public sealed record AgreementMoneyInput(decimal Amount, string Currency);

/// <summary>A party as entered: a trade-partner code and its role (buyer, distributor, consignee, carrier, forwarder, bank).</summary>
public sealed record AgreementPartyInput(string Partner, string Role);

/// <summary>A quantity ceiling as entered: a label, the models or parts it covers or a product group (e.g. <c>vehicles</c>), the maximum.</summary>
public sealed record AgreementCeilingInput(string Label, IReadOnlyList<string>? Items, string? ProductGroup, int Max);

/// <summary>A price-list entry as entered; <c>ItemKind</c> (model or part) defaults to model when the code is a catalogue model.</summary>
public sealed record AgreementPriceInput(string Item, decimal Amount, string Currency, string? ItemKind);

/// <summary>
/// An agreement as entered (API). <c>Kind</c>: mou, framework or supply-contract; the period is half-open
/// <c>[From, Until)</c>; <c>Status</c> only on creation (default draft; later through the status endpoint); <c>Code</c>
/// on creation (on edit it is the one in the path and may be left out).
/// </summary>
public sealed record AgreementInput(string? Code, string? Kind, string? Title, string? Seller, IReadOnlyList<AgreementPartyInput>? Parties, DateOnly? From, DateOnly? Until,
    AgreementMoneyInput? ValueCeiling, IReadOnlyList<AgreementCeilingInput>? QuantityCeilings, IReadOnlyList<AgreementPriceInput>? Prices, string? Incoterm,
    string? PaymentCurrency, string? PaymentTerms, string? Source, string? Assumption, string? Status);

/// <summary>What became of a create or edit: the agreement, or not found, or the invalid fields, or a conflict.</summary>
public sealed record AgreementWrite(Agreement? Agreement, bool NotFound, IReadOnlyDictionary<string, string[]>? Invalid, string? Conflict)
{
    public static AgreementWrite Done(Agreement a) => new(a, false, null, null);

    public static readonly AgreementWrite Missing = new(null, true, null, null);

    public static AgreementWrite Refused(string reason) => new(null, false, null, reason);

    public static AgreementWrite Bad(string field, string message) => new(null, false, new Dictionary<string, string[]> { [field] = [message] }, null);

    public static AgreementWrite Bad(IEnumerable<(string Field, string Message)> errors) =>
        new(null, false, errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), null);
}

/// <summary>
/// Creates and edits agreements of the acting organisation from an <see cref="AgreementInput"/>, naming every bad field.
/// Whether an edit is allowed is the agreement's own decision (<see cref="Agreement.EditRefusal"/>, <see cref="Agreement.ReviseRefusal"/>).
/// </summary>
public sealed class AgreementEntry(CorridorDbContext db)
{
    /// <summary>The input's field for a domain argument name.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "code", ["title"] = "title", ["seller"] = "seller", ["until"] = "until", ["valueCeiling"] = "valueCeiling",
        ["payment terms"] = "paymentTerms", ["source"] = "source", ["parties"] = "parties",
        ["ceiling label"] = "quantityCeilings", ["max quantity"] = "quantityCeilings", ["itemCodes"] = "quantityCeilings",
        ["item"] = "prices", ["unit price"] = "prices",
    };

    public async Task<AgreementWrite> CreateAsync(AgreementInput input, CancellationToken ct = default)
    {
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        var (terms, errors) = await TermsAsync(input, ct);
        var status = AgreementStatus.Draft;
        if (!string.IsNullOrWhiteSpace(input.Status) && (!Enum.TryParse(input.Status.Trim(), true, out status) || !Enum.IsDefined(status)))
        {
            errors.Add(("status", $"'{input.Status}' is not draft, active, suspended or closed"));
        }

        if (terms is null || errors.Count > 0)
        {
            return AgreementWrite.Bad(errors);
        }

        Agreement agreement;
        try
        {
            agreement = Agreement.Create(code, terms, status);
        }
        catch (ArgumentException ex)
        {
            return Bad(ex);
        }

        if (await db.Set<Agreement>().AnyAsync(a => a.Code == agreement.Code, ct))
        {
            return AgreementWrite.Refused($"agreement '{agreement.Code}' exists already");
        }

        db.Add(agreement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<Agreement>().AnyAsync(a => a.Code == agreement.Code, ct))
            {
                return AgreementWrite.Refused($"agreement '{agreement.Code}' exists already");
            }

            throw;
        }

        return AgreementWrite.Done(agreement);
    }

    public async Task<AgreementWrite> UpdateAsync(string code, AgreementInput input, CancellationToken ct = default)
    {
        var key = code.Trim().ToUpperInvariant();
        var agreement = await db.Set<Agreement>().Include(a => a.Parties).Include(a => a.QuantityCeilings).Include(a => a.Prices)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Code == key, ct);
        if (agreement is null)
        {
            return AgreementWrite.Missing;
        }

        if (agreement.EditRefusal() is { } state)
        {
            return AgreementWrite.Refused(state);
        }

        var (terms, errors) = await TermsAsync(input, ct);
        if (!string.IsNullOrWhiteSpace(input.Code) && !string.Equals(input.Code.Trim(), agreement.Code, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(("code", $"the code cannot change (it is {agreement.Code}); leave it out or repeat it"));
        }

        if (!string.IsNullOrWhiteSpace(input.Status))
        {
            errors.Add(("status", $"change the status through POST /api/trade/agreements/{agreement.Code}/status"));
        }

        if (terms is null || errors.Count > 0)
        {
            return AgreementWrite.Bad(errors);
        }

        try
        {
            if (agreement.ReviseRefusal(terms) is { } refusal)
            {
                return refusal.Field == "status" ? AgreementWrite.Refused(refusal.Reason) : AgreementWrite.Bad(refusal.Field, refusal.Reason);
            }

            agreement.Revise(terms);
        }
        catch (ArgumentException ex)
        {
            return Bad(ex);
        }

        await db.SaveChangesAsync(ct);
        return AgreementWrite.Done(agreement);
    }

    private static AgreementWrite Bad(ArgumentException ex) =>
        AgreementWrite.Bad(Fields.GetValueOrDefault(ex.ParamName ?? "", ex.ParamName ?? "body"), ex.Message.Split(" (Parameter")[0]);

    private async Task<(AgreementTerms? Terms, List<(string Field, string Message)> Errors)> TermsAsync(AgreementInput input, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        var kind = AgreementKind.Mou;
        if (string.IsNullOrWhiteSpace(input.Kind) || !Enum.TryParse(input.Kind.Replace("-", "").Replace("_", "").Replace(" ", ""), true, out kind) || !Enum.IsDefined(kind))
        {
            errors.Add(("kind", $"'{input.Kind}' is not mou, framework or supply-contract"));
        }

        var seller = input.Seller?.Trim().ToUpperInvariant() ?? "";
        if (seller.Length == 0 || !await db.Makers.AnyAsync(m => m.Code == seller, ct))
        {
            errors.Add(("seller", $"unknown maker '{input.Seller}'"));
        }

        var partners = await db.Set<TradePartner>().AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.CounterpartyId, StringComparer.OrdinalIgnoreCase, ct);
        var parties = new List<(Guid, PartyRole)>();
        foreach (var p in input.Parties ?? [])
        {
            if (!partners.TryGetValue(p.Partner?.Trim() ?? "", out var id))
            {
                errors.Add(("parties", $"unknown trade partner '{p.Partner}'"));
            }
            else if (string.IsNullOrWhiteSpace(p.Role) || !Enum.TryParse<PartyRole>(p.Role.Trim(), true, out var role) || !Enum.IsDefined(role))
            {
                errors.Add(("parties", $"'{p.Role}' is not buyer, distributor, consignee, carrier, forwarder or bank"));
            }
            else
            {
                parties.Add((id, role));
            }
        }

        if (!parties.Any(p => p.Item2 == PartyRole.Buyer) && !errors.Any(e => e.Item1 == "parties"))
        {
            errors.Add(("parties", "an agreement needs a buyer among its parties"));
        }

        DateRange? period = null;
        if (input.From is not { } from)
        {
            errors.Add(("from", "the first day of the period is required"));
        }
        else if (input.Until is { } until && until <= from)
        {
            errors.Add(("until", $"the period ends on the first day after it ({until:yyyy-MM-dd}), which must come after its first day ({from:yyyy-MM-dd})"));
        }
        else
        {
            period = new DateRange(from, input.Until);
        }

        Money? ceiling = null;
        if (input.ValueCeiling is { } v)
        {
            if (!Currency.TryParse(v.Currency, out var c))
            {
                errors.Add(("valueCeiling", $"'{v.Currency}' is not a known ISO 4217 currency code"));
            }
            else if (v.Amount <= 0)
            {
                errors.Add(("valueCeiling", $"the value ceiling must be positive (was {v.Amount})"));
            }
            else
            {
                ceiling = new Money(v.Amount, c);
            }
        }

        var ceilings = new List<CeilingTerms>();
        foreach (var q in input.QuantityCeilings ?? [])
        {
            if (string.IsNullOrWhiteSpace(q.Label))
            {
                errors.Add(("quantityCeilings", "every quantity ceiling needs a label"));
            }
            else if (q.Max <= 0)
            {
                errors.Add(("quantityCeilings", $"quantity ceiling '{q.Label}' needs a positive max (was {q.Max})"));
            }
            else if ((q.Items ?? []).All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(q.ProductGroup))
            {
                errors.Add(("quantityCeilings", $"quantity ceiling '{q.Label}' names neither items nor a product group"));
            }
            else
            {
                ceilings.Add(new CeilingTerms(q.Label, q.Items ?? [], q.ProductGroup, q.Max));
            }
        }

        if (ceilings.GroupBy(c => c.Label.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(("quantityCeilings", $"the label '{twice.Key}' is used twice"));
        }

        var models = await db.VehicleModels.AsNoTracking().Select(m => m.Code).ToListAsync(ct);
        var prices = new List<PriceTerms>();
        foreach (var p in input.Prices ?? [])
        {
            var item = p.Item?.Trim().ToUpperInvariant() ?? "";
            var isModel = models.Contains(item, StringComparer.OrdinalIgnoreCase);
            var itemKind = isModel ? OrderItemKind.Model : OrderItemKind.Part;
            if (item.Length == 0)
            {
                errors.Add(("prices", "every price needs an item"));
            }
            else if (!string.IsNullOrWhiteSpace(p.ItemKind) && (!Enum.TryParse(p.ItemKind.Trim(), true, out itemKind) || !Enum.IsDefined(itemKind)))
            {
                errors.Add(("prices", $"'{p.ItemKind}' is not model or part"));
            }
            else if (itemKind == OrderItemKind.Model && !isModel)
            {
                errors.Add(("prices", $"unknown model '{p.Item}'"));
            }
            else if (!Currency.TryParse(p.Currency, out var pc))
            {
                errors.Add(("prices", $"'{p.Currency}' is not a known ISO 4217 currency code (price of {item})"));
            }
            else if (p.Amount < 0)
            {
                errors.Add(("prices", $"the price of {item} must not be negative (was {p.Amount})"));
            }
            else
            {
                prices.Add(new PriceTerms(itemKind, item, new Money(p.Amount, pc)));
            }
        }

        var incoterm = Incoterm.EXW;
        if (string.IsNullOrWhiteSpace(input.Incoterm) || !Enum.TryParse(input.Incoterm.Trim(), true, out incoterm) || !Enum.IsDefined(incoterm))
        {
            errors.Add(("incoterm", $"'{input.Incoterm}' is not an Incoterms 2020 rule"));
        }

        if (!Currency.TryParse(input.PaymentCurrency, out var payment))
        {
            errors.Add(("paymentCurrency", $"'{input.PaymentCurrency}' is not a known ISO 4217 currency code"));
        }

        if (string.IsNullOrWhiteSpace(input.PaymentTerms))
        {
            errors.Add(("paymentTerms", "payment terms are required"));
        }

        if (errors.Count > 0 || period is null)
        {
            return (null, errors);
        }

        var source = string.IsNullOrWhiteSpace(input.Source) ? "entered through the API" : input.Source;
        return (new AgreementTerms(kind, input.Title ?? "", seller, period.Value, ceiling, incoterm, payment, input.PaymentTerms!, source, input.Assumption,
            parties, ceilings, prices), errors);
    }
}

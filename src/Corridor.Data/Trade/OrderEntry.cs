using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>One line as entered: model or part, catalogue code, quantity, and a unit price (default: agreement price list, then catalogue price).</summary>
public sealed record LineInput(string ItemKind, string Item, int Quantity, decimal? UnitPrice);

/// <summary>An order as entered (API, order-entry page). Codes for partners, agreement and network nodes; dates YYYY-MM-DD.</summary>
public sealed record OrderInput(string? Number, string? Agreement, string Buyer, string? Consignee, string Origin, string Delivery, string Market,
    DateOnly? OrderDate, DateOnly RequestedDate, string? Incoterm, string? Currency, IReadOnlyList<LineInput> Lines);

/// <summary>What became of an order creation: the stored order, or the invalid fields (each message starts with its field), or a conflict with a stored order.</summary>
public sealed record OrderCreation(TradeOrder? Order, IReadOnlyDictionary<string, string[]>? Invalid, string? Conflict);

/// <summary>Turns an <see cref="OrderInput"/> into an unsaved <see cref="TradeOrder"/> of the acting organisation, naming every bad field.</summary>
public sealed class OrderEntry(CorridorDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Builds the order and stores it as a draft, unless its number is taken.</summary>
    public async Task<OrderCreation> CreateAsync(OrderInput input, CancellationToken ct = default)
    {
        var built = await BuildAsync(input, ct);
        if (!built.Succeeded)
        {
            return new OrderCreation(null, ByField(built.Errors), null);
        }

        var order = built.Value;
        if (await db.Set<TradeOrder>().AnyAsync(o => o.Number == order.Number, ct))
        {
            return new OrderCreation(null, null, $"order '{order.Number}' exists already");
        }

        db.Add(order);
        await db.SaveChangesAsync(ct);
        return new OrderCreation(order, null, null);
    }

    /// <summary>The errors of <see cref="BuildAsync"/> ("field: message") keyed by their field.</summary>
    public static IReadOnlyDictionary<string, string[]> ByField(IReadOnlyList<string> errors) =>
        errors.GroupBy(e => e.Split(':')[0]).ToDictionary(g => g.Key, g => g.ToArray());

    public async Task<Result<TradeOrder>> BuildAsync(OrderInput input, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var now = clock.GetUtcNow();
        Agreement? agreement = null;
        if (!string.IsNullOrWhiteSpace(input.Agreement))
        {
            agreement = await db.Set<Agreement>().AsNoTracking().Include(a => a.Prices).SingleOrDefaultAsync(a => a.Code == input.Agreement.Trim().ToUpperInvariant(), ct);
            if (agreement is null)
            {
                errors.Add($"agreement: unknown agreement '{input.Agreement}'");
            }
        }

        var partners = await db.Set<TradePartner>().AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.CounterpartyId, StringComparer.OrdinalIgnoreCase, ct);
        Guid? buyer = partners.TryGetValue(input.Buyer?.Trim() ?? "", out var b) ? b : null;
        if (buyer is null)
        {
            errors.Add($"buyer: unknown trade partner '{input.Buyer}'");
        }

        Guid? consignee = null;
        if (!string.IsNullOrWhiteSpace(input.Consignee))
        {
            if (partners.TryGetValue(input.Consignee.Trim(), out var c))
            {
                consignee = c;
            }
            else
            {
                errors.Add($"consignee: unknown trade partner '{input.Consignee}'");
            }
        }

        foreach (var (field, code) in new[] { ("origin", input.Origin), ("delivery", input.Delivery) })
        {
            var key = code?.Trim().ToUpperInvariant() ?? "";
            if (!await db.Set<Logistics.Node>().AnyAsync(n => n.Code == key, ct))
            {
                errors.Add($"{field}: unknown network node '{code}'");
            }
        }

        if (!CountryCode.TryParse(input.Market, out var market))
        {
            errors.Add($"market: '{input.Market}' is not an ISO 3166-1 alpha-2 code");
        }

        var incoterm = agreement?.Incoterm ?? Incoterm.CPT;
        if (!string.IsNullOrWhiteSpace(input.Incoterm) && !Enum.TryParse(input.Incoterm.Trim(), true, out incoterm))
        {
            errors.Add($"incoterm: '{input.Incoterm}' is not an Incoterms 2020 rule");
        }

        var currency = agreement is null ? Currency.USD : Currency.Parse(agreement.PaymentCurrency);
        if (!string.IsNullOrWhiteSpace(input.Currency) && !Currency.TryParse(input.Currency, out currency))
        {
            errors.Add($"currency: '{input.Currency}' is not a known ISO 4217 code");
        }

        if (input.Lines is not { Count: > 0 })
        {
            errors.Add("lines: an order needs at least one line");
        }

        var orderDate = input.OrderDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (input.RequestedDate < orderDate)
        {
            errors.Add($"requested_date: {input.RequestedDate:yyyy-MM-dd} is before the order date {orderDate:yyyy-MM-dd}");
        }

        var lines = new List<(OrderItemKind, string, int, decimal)>();
        var lineNo = 0;
        foreach (var line in input.Lines ?? [])
        {
            lineNo++;
            if (!Enum.TryParse<OrderItemKind>(line.ItemKind, true, out var kind))
            {
                errors.Add($"lines: line {lineNo}: item kind '{line.ItemKind}' is not model or part");
                continue;
            }

            var code = line.Item?.Trim().ToUpperInvariant() ?? "";
            decimal? catalogue = kind == OrderItemKind.Model
                ? await db.VehicleModels.Where(m => m.Code == code).Select(m => m.ListPriceCurrency == currency.Code ? m.ListPriceAmount : null).SingleOrDefaultAsync(ct)
                : await db.Parts.Where(p => p.PartNumber == code).Select(p => p.UnitPriceCurrency == currency.Code ? p.UnitPriceAmount : null).SingleOrDefaultAsync(ct);
            var known = kind == OrderItemKind.Model ? await db.VehicleModels.AnyAsync(m => m.Code == code, ct) : await db.Parts.AnyAsync(p => p.PartNumber == code, ct);
            if (!known)
            {
                errors.Add($"lines: line {lineNo}: unknown {kind.ToString().ToLowerInvariant()} '{line.Item}'");
                continue;
            }

            if (line.Quantity <= 0)
            {
                errors.Add($"lines: line {lineNo}: quantity must be positive");
                continue;
            }

            var listed = agreement?.PriceOf(kind, code) is { } p && p.Currency == currency.Code ? p.UnitPrice : (decimal?)null;
            var price = line.UnitPrice ?? listed ?? catalogue;
            if (price is null or < 0)
            {
                errors.Add($"lines: line {lineNo}: no unit price given and none in {currency.Code} on the price list or in the catalogue");
                continue;
            }

            lines.Add((kind, code, line.Quantity, price.Value));
        }

        if (errors.Count > 0)
        {
            return Result<TradeOrder>.Failure(errors);
        }

        try
        {
            var number = string.IsNullOrWhiteSpace(input.Number) ? $"ORD-{now:yyyyMMdd-HHmmss}" : input.Number;
            var order = new TradeOrder(number, agreement?.Id, buyer!.Value, consignee, input.Origin, input.Delivery, market, orderDate, input.RequestedDate, incoterm, currency, actor.Name, now);
            foreach (var (kind, code, quantity, price) in lines)
            {
                order.AddLine(kind, code, quantity, price, actor.Name, now);
            }

            return Result<TradeOrder>.Success(order);
        }
        catch (ArgumentException ex)
        {
            return Result<TradeOrder>.Failure($"{ex.ParamName ?? "order"}: {ex.Message.Split(" (Parameter")[0]}");
        }
    }
}

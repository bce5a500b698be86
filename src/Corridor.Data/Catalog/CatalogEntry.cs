using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary>
/// Creates and edits the acting organisation's makers, vehicle models and spare parts, for the API and the catalogue
/// pages alike. Every bad field is named (by the input's camelCase name) and nothing is stored unless all are good; a
/// code that exists already is a conflict. Codes are the natural keys and do not change on edit.
/// </summary>
public sealed class CatalogEntry(CorridorDbContext db)
{
    public async Task<CatalogWrite<Maker>> CreateMakerAsync(MakerInput input, CancellationToken ct = default)
    {
        var errors = new List<(string, string)>();
        var maker = BuildMaker(input, input.Code, errors);
        if (maker is null)
        {
            return CatalogWrite<Maker>.Bad(errors);
        }

        if (await db.Makers.AnyAsync(m => m.Code == maker.Code, ct))
        {
            return CatalogWrite<Maker>.Refused($"maker '{maker.Code}' exists already");
        }

        db.Makers.Add(maker);
        return await SaveNewAsync(maker, () => db.Makers.AnyAsync(m => m.Code == maker.Code, ct), $"maker '{maker.Code}' exists already", ct);
    }

    public async Task<CatalogWrite<Maker>> UpdateMakerAsync(string code, MakerInput input, CancellationToken ct = default)
    {
        var existing = await db.Makers.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return CatalogWrite<Maker>.Missing;
        }

        var errors = new List<(string, string)>();
        var incoming = BuildMaker(input, existing.Code, errors);
        if (incoming is null)
        {
            return CatalogWrite<Maker>.Bad(errors);
        }

        existing.UpdateFrom(incoming);
        await db.SaveChangesAsync(ct);
        return CatalogWrite<Maker>.Done(existing);
    }

    public async Task<CatalogWrite<VehicleModel>> CreateModelAsync(ModelInput input, CancellationToken ct = default)
    {
        var errors = new List<(string, string)>();
        var maker = await MakerAsync(input.Maker, errors, ct);
        var model = BuildModel(input, input.Code, maker, errors);
        if (model is null)
        {
            return CatalogWrite<VehicleModel>.Bad(errors);
        }

        if (await db.VehicleModels.AnyAsync(m => m.Code == model.Code, ct))
        {
            return CatalogWrite<VehicleModel>.Refused($"model '{model.Code}' exists already");
        }

        db.VehicleModels.Add(model);
        return await SaveNewAsync(model, () => db.VehicleModels.AnyAsync(m => m.Code == model.Code, ct), $"model '{model.Code}' exists already", ct);
    }

    public async Task<CatalogWrite<VehicleModel>> UpdateModelAsync(string code, ModelInput input, CancellationToken ct = default)
    {
        var existing = await db.VehicleModels.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return CatalogWrite<VehicleModel>.Missing;
        }

        var errors = new List<(string, string)>();
        var maker = await MakerAsync(input.Maker, errors, ct);
        var incoming = BuildModel(input, existing.Code, maker, errors);
        if (incoming is null)
        {
            return CatalogWrite<VehicleModel>.Bad(errors);
        }

        existing.UpdateFrom(incoming);
        await db.SaveChangesAsync(ct);
        return CatalogWrite<VehicleModel>.Done(existing);
    }

    public async Task<CatalogWrite<Part>> CreatePartAsync(PartInput input, CancellationToken ct = default)
    {
        var errors = new List<(string, string)>();
        var maker = await MakerAsync(input.Maker, errors, ct);
        var part = BuildPart(input, input.PartNumber, maker, errors);
        if (part is null)
        {
            return CatalogWrite<Part>.Bad(errors);
        }

        if (await db.Parts.AnyAsync(p => p.PartNumber == part.PartNumber, ct))
        {
            return CatalogWrite<Part>.Refused($"part '{part.PartNumber}' exists already");
        }

        db.Parts.Add(part);
        return await SaveNewAsync(part, () => db.Parts.AnyAsync(p => p.PartNumber == part.PartNumber, ct), $"part '{part.PartNumber}' exists already", ct);
    }

    public async Task<CatalogWrite<Part>> UpdatePartAsync(string partNumber, PartInput input, CancellationToken ct = default)
    {
        var existing = await db.Parts.SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return CatalogWrite<Part>.Missing;
        }

        var errors = new List<(string, string)>();
        var maker = await MakerAsync(input.Maker, errors, ct);
        var incoming = BuildPart(input, existing.PartNumber, maker, errors);
        if (incoming is null)
        {
            return CatalogWrite<Part>.Bad(errors);
        }

        existing.UpdateFrom(incoming);
        await db.SaveChangesAsync(ct);
        return CatalogWrite<Part>.Done(existing);
    }

    /// <summary>Deletes a maker; refused while it still has models or parts.</summary>
    public async Task<CatalogWrite<Maker>> DeleteMakerAsync(string code, CancellationToken ct = default)
    {
        var existing = await db.Makers.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return CatalogWrite<Maker>.Missing;
        }

        if (await db.VehicleModels.AnyAsync(m => m.MakerId == existing.Id, ct) || await db.Parts.AnyAsync(p => p.MakerId == existing.Id, ct))
        {
            return CatalogWrite<Maker>.Refused($"maker '{existing.Code}' still has models or parts");
        }

        db.Makers.Remove(existing);
        await db.SaveChangesAsync(ct);
        return CatalogWrite<Maker>.Done(existing);
    }

    public async Task<CatalogWrite<VehicleModel>> DeleteModelAsync(string code, CancellationToken ct = default) =>
        await RemoveAsync(await db.VehicleModels.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct), ct);

    public async Task<CatalogWrite<Part>> DeletePartAsync(string partNumber, CancellationToken ct = default) =>
        await RemoveAsync(await db.Parts.SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct), ct);

    private async Task<CatalogWrite<T>> RemoveAsync<T>(T? existing, CancellationToken ct)
        where T : class
    {
        if (existing is null)
        {
            return CatalogWrite<T>.Missing;
        }

        db.Remove(existing);
        await db.SaveChangesAsync(ct);
        return CatalogWrite<T>.Done(existing);
    }

    /// <summary>A second writer of the same code between the check and the insert loses on the unique index: a conflict, not a 500.</summary>
    private async Task<CatalogWrite<T>> SaveNewAsync<T>(T value, Func<Task<bool>> exists, string conflict, CancellationToken ct)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CatalogWrite<T>.Done(value);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await exists())
            {
                return CatalogWrite<T>.Refused(conflict);
            }

            throw;
        }
    }

    private async Task<Maker?> MakerAsync(string? code, List<(string, string)> errors, CancellationToken ct)
    {
        var key = code?.Trim().ToUpperInvariant() ?? "";
        var maker = key.Length == 0 ? null : await db.Makers.AsNoTracking().SingleOrDefaultAsync(m => m.Code == key, ct);
        if (maker is null)
        {
            errors.Add(("maker", key.Length == 0 ? "Choose a maker." : $"Unknown maker '{code}'."));
        }

        return maker;
    }

    private static Maker? BuildMaker(MakerInput i, string? code, List<(string, string)> errors)
    {
        if (!CountryCode.TryParse(i.Country, out var country))
        {
            errors.Add(("country", $"'{i.Country}' is not an ISO 3166-1 alpha-2 country code (e.g. IR)."));
        }

        return Build(() => new Maker(code!, i.Name!, country, i.Source!, i.Assumption), errors);
    }

    private static VehicleModel? BuildModel(ModelInput i, string? code, Maker? maker, List<(string, string)> errors)
    {
        var category = ParseEnum<VehicleCategory>(i.Category, "category", errors);
        var fuel = ParseEnum<FuelType>(i.Fuel, "fuel", errors);
        if (!EmissionClassText.TryParse(i.EmissionClass, out var emission))
        {
            errors.Add(("emissionClass", $"'{i.EmissionClass}' is not one of Euro-0 … Euro-6."));
        }

        var engineCc = i.EngineCc ?? (fuel == FuelType.Electric ? 0 : Required("engineCc", "the engine size in cc", errors));
        var kerbWeight = i.KerbWeightKg ?? Required("kerbWeightKg", "the kerb weight in kg", errors);
        var hs = Hs(i.HsCode, errors);
        var price = Price(i.ListPrice, i.Currency, "listPrice", errors);
        return Build(() => new VehicleModel(maker?.Id ?? Guid.Empty, code!, i.Name!, category, engineCc, fuel, emission, kerbWeight, hs, price, i.Source!, i.Assumption), errors);
    }

    private static Part? BuildPart(PartInput i, string? number, Maker? maker, List<(string, string)> errors)
    {
        var weight = i.WeightKg ?? Required("weightKg", "the weight in kg", errors);
        var hs = Hs(i.HsCode, errors);
        var price = Price(i.UnitPrice, i.Currency, "unitPrice", errors);
        return Build(() => new Part(maker?.Id ?? Guid.Empty, number!, i.Name!, i.ProductGroup!, hs, weight, price, i.Source!, i.Assumption), errors);
    }

    /// <summary>
    /// Runs the entity's constructor for the checks it owns (codes, texts, positive figures), reporting its
    /// <see cref="ArgumentException"/> against the field, as long as the fields parsed here were good.
    /// </summary>
    private static T? Build<T>(Func<T> build, List<(string, string)> errors)
        where T : class
    {
        try
        {
            var value = build();
            return errors.Count == 0 ? value : null;
        }
        catch (ArgumentException ex)
        {
            var (field, message) = Describe(ex);
            if (!errors.Any(e => e.Item1 == field))
            {
                errors.Add((field, message));
            }

            return null;
        }
    }

    /// <summary>The domain's parameter name (<c>engine_cc</c>) as the input's field (<c>engineCc</c>) and its message as a sentence.</summary>
    private static (string Field, string Message) Describe(ArgumentException ex)
    {
        var param = ex.ParamName ?? "";
        var words = param.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var field = words.Length == 0 ? "body" : words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var message = ex.Message.Split(" (Parameter")[0];
        if (param.Length > 0 && message.StartsWith(param, StringComparison.Ordinal))
        {
            var label = param.Replace('_', ' ');
            message = char.ToUpperInvariant(label[0]) + label[1..] + message[param.Length..];
        }

        return (field, message);
    }

    private static HsCode Hs(string? text, List<(string, string)> errors)
    {
        if (HsCode.TryParse(text, out var hs))
        {
            return hs;
        }

        errors.Add(("hsCode", $"'{text}' is not an HS code (6, 8 or 10 digits, e.g. 8703.23)."));
        return HsCode.Parse("870323");
    }

    private static Money? Price(decimal? amount, string? currency, string field, List<(string, string)> errors)
    {
        if (amount is not { } a)
        {
            return null;
        }

        if (!Currency.TryParse(currency?.Trim().ToUpperInvariant(), out var c))
        {
            errors.Add(("currency", $"'{currency}' is not an ISO 4217 currency code (e.g. USD)."));
            return null;
        }

        if (a < 0)
        {
            errors.Add((field, $"A price must not be negative (was {a})."));
            return null;
        }

        return new Money(a, c);
    }

    private static int Required(string field, string what, List<(string, string)> errors)
    {
        errors.Add((field, $"Give {what}."));
        return 1;
    }

    private static T ParseEnum<T>(string? text, string field, List<(string, string)> errors)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var v) && Enum.IsDefined(v))
        {
            return v;
        }

        errors.Add((field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}."));
        return default;
    }
}

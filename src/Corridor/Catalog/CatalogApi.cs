using Corridor.Common;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary>The organisation's catalogue: makers, vehicle models, spare parts. Codes are the natural keys.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/catalog").WithTags("Catalog").RequireAuthorization(Policies.Read);

        api.MapGet("/makers", ListMakers).WithName("ListMakers").WithSummary("Makers in the catalogue.");
        api.MapGet("/makers/{code}", GetMaker).WithName("GetMaker").WithSummary("One maker by code.");
        api.MapPost("/makers", CreateMaker).WithName("CreateMaker").WithSummary("Adds a maker.").RequireAuthorization(Policies.WriteCatalog);
        api.MapPut("/makers/{code}", UpdateMaker).WithName("UpdateMaker").WithSummary("Changes a maker.").RequireAuthorization(Policies.WriteCatalog);
        api.MapDelete("/makers/{code}", DeleteMaker).WithName("DeleteMaker").WithSummary("Removes a maker that has no models or parts.").RequireAuthorization(Policies.WriteCatalog);

        api.MapGet("/models", ListModels).WithName("ListModels").WithSummary("Vehicle models; search by code, name or maker.");
        api.MapGet("/models/{code}", GetModel).WithName("GetModel").WithSummary("One vehicle model by code.");
        api.MapPost("/models", CreateModel).WithName("CreateModel").WithSummary("Adds a vehicle model.").RequireAuthorization(Policies.WriteCatalog);
        api.MapPut("/models/{code}", UpdateModel).WithName("UpdateModel").WithSummary("Changes a vehicle model.").RequireAuthorization(Policies.WriteCatalog);
        api.MapDelete("/models/{code}", DeleteModel).WithName("DeleteModel").WithSummary("Removes a vehicle model.").RequireAuthorization(Policies.WriteCatalog);

        api.MapGet("/parts", ListParts).WithName("ListParts").WithSummary("Spare parts; search by number, name or product group.");
        api.MapGet("/parts/{partNumber}", GetPart).WithName("GetPart").WithSummary("One spare part by part number.");
        api.MapPost("/parts", CreatePart).WithName("CreatePart").WithSummary("Adds a spare part.").RequireAuthorization(Policies.WriteCatalog);
        api.MapPut("/parts/{partNumber}", UpdatePart).WithName("UpdatePart").WithSummary("Changes a spare part.").RequireAuthorization(Policies.WriteCatalog);
        api.MapDelete("/parts/{partNumber}", DeletePart).WithName("DeletePart").WithSummary("Removes a spare part.").RequireAuthorization(Policies.WriteCatalog);
        return app;
    }

    public sealed record MakerDto(string Code, string Name, string Country, string Source, string? Assumption);

    public sealed record ModelDto(
        string Code, string Name, string Maker, string Category, int EngineCc, string Fuel, string EmissionClass,
        int KerbWeightKg, string HsCode, decimal? ListPrice, string? Currency, string Source, string? Assumption);

    public sealed record PartDto(
        string PartNumber, string Name, string Maker, string ProductGroup, string HsCode, decimal WeightKg,
        decimal? UnitPrice, string? Currency, string Source, string? Assumption);

    private static async Task<Ok<List<MakerDto>>> ListMakers(CorridorDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Makers.AsNoTracking().OrderBy(m => m.Code).Select(m => new MakerDto(m.Code, m.Name, m.Country, m.Source, m.Assumption)).ToListAsync(ct));

    private static async Task<Results<Ok<MakerDto>, NotFound>> GetMaker(string code, CorridorDbContext db, CancellationToken ct) =>
        await db.Makers.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct) is { } m
            ? TypedResults.Ok(ToDto(m))
            : TypedResults.NotFound();

    private static async Task<Results<Created<MakerDto>, ValidationProblem, ConflictProblem>> CreateMaker(MakerDto input, CorridorDbContext db, CancellationToken ct)
    {
        if (!Validation.TryBuild(() => new Maker(input.Code, input.Name, Validation.Field("country", () => CountryCode.Parse(input.Country)), input.Source, input.Assumption), out var maker, out var problem))
        {
            return problem!;
        }

        if (await db.Makers.AnyAsync(m => m.Code == maker!.Code, ct))
        {
            return new ConflictProblem("Maker exists", $"maker '{maker!.Code}' exists already");
        }

        db.Makers.Add(maker!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/catalog/makers/{maker!.Code}", ToDto(maker));
    }

    private static async Task<Results<Ok<MakerDto>, NotFound, ValidationProblem>> UpdateMaker(string code, MakerDto input, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Makers.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        if (!Validation.TryBuild(() => new Maker(existing.Code, input.Name, Validation.Field("country", () => CountryCode.Parse(input.Country)), input.Source, input.Assumption), out var incoming, out var problem))
        {
            return problem!;
        }

        existing.UpdateFrom(incoming!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(existing));
    }

    private static async Task<Results<NoContent, NotFound, ConflictProblem>> DeleteMaker(string code, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Makers.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.VehicleModels.AnyAsync(m => m.MakerId == existing.Id, ct) || await db.Parts.AnyAsync(p => p.MakerId == existing.Id, ct))
        {
            return new ConflictProblem("Maker in use", $"maker '{existing.Code}' still has models or parts");
        }

        db.Makers.Remove(existing);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ModelDto>>> ListModels(string? search, string? maker, CorridorDbContext db, CancellationToken ct)
    {
        var query = db.VehicleModels.AsNoTracking().Include(m => m.Maker).AsQueryable();
        if (!string.IsNullOrWhiteSpace(maker))
        {
            query = query.Where(m => m.Maker!.Code == maker.ToUpperInvariant());
        }

        var models = await query.OrderBy(m => m.Code).ToListAsync(ct);
        return TypedResults.Ok(CatalogSearch.Models(models, search).Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<ModelDto>, NotFound>> GetModel(string code, CorridorDbContext db, CancellationToken ct) =>
        await db.VehicleModels.AsNoTracking().Include(m => m.Maker).SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct) is { } m
            ? TypedResults.Ok(ToDto(m))
            : TypedResults.NotFound();

    private static async Task<Results<Created<ModelDto>, ValidationProblem, ConflictProblem>> CreateModel(ModelDto input, CorridorDbContext db, CancellationToken ct)
    {
        var maker = await db.Makers.SingleOrDefaultAsync(m => m.Code == (input.Maker ?? "").ToUpperInvariant(), ct);
        if (maker is null)
        {
            return Validation.Problem("maker", $"unknown maker '{input.Maker}'");
        }

        if (!Validation.TryBuild(() => BuildModel(input, input.Code, maker.Id), out var model, out var problem))
        {
            return problem!;
        }

        if (await db.VehicleModels.AnyAsync(m => m.Code == model!.Code, ct))
        {
            return new ConflictProblem("Model exists", $"model '{model!.Code}' exists already");
        }

        db.VehicleModels.Add(model!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/catalog/models/{model!.Code}", ToDto(model, maker));
    }

    private static async Task<Results<Ok<ModelDto>, NotFound, ValidationProblem>> UpdateModel(string code, ModelDto input, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.VehicleModels.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        var maker = await db.Makers.SingleOrDefaultAsync(m => m.Code == (input.Maker ?? "").ToUpperInvariant(), ct);
        if (maker is null)
        {
            return Validation.Problem("maker", $"unknown maker '{input.Maker}'");
        }

        if (!Validation.TryBuild(() => BuildModel(input, existing.Code, maker.Id), out var incoming, out var problem))
        {
            return problem!;
        }

        existing.UpdateFrom(incoming!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(existing, maker));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteModel(string code, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.VehicleModels.SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        db.VehicleModels.Remove(existing);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<PartDto>>> ListParts(string? search, string? group, CorridorDbContext db, CancellationToken ct)
    {
        var query = db.Parts.AsNoTracking().Include(p => p.Maker).AsQueryable();
        if (!string.IsNullOrWhiteSpace(group))
        {
            query = query.Where(p => p.ProductGroup == group.ToLowerInvariant());
        }

        var parts = await query.OrderBy(p => p.PartNumber).ToListAsync(ct);
        return TypedResults.Ok(CatalogSearch.Parts(parts, search).Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<PartDto>, NotFound>> GetPart(string partNumber, CorridorDbContext db, CancellationToken ct) =>
        await db.Parts.AsNoTracking().Include(p => p.Maker).SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct) is { } p
            ? TypedResults.Ok(ToDto(p))
            : TypedResults.NotFound();

    private static async Task<Results<Created<PartDto>, ValidationProblem, ConflictProblem>> CreatePart(PartDto input, CorridorDbContext db, CancellationToken ct)
    {
        var maker = await db.Makers.SingleOrDefaultAsync(m => m.Code == (input.Maker ?? "").ToUpperInvariant(), ct);
        if (maker is null)
        {
            return Validation.Problem("maker", $"unknown maker '{input.Maker}'");
        }

        if (!Validation.TryBuild(() => BuildPart(input, input.PartNumber, maker.Id), out var part, out var problem))
        {
            return problem!;
        }

        if (await db.Parts.AnyAsync(p => p.PartNumber == part!.PartNumber, ct))
        {
            return new ConflictProblem("Part exists", $"part '{part!.PartNumber}' exists already");
        }

        db.Parts.Add(part!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/catalog/parts/{part!.PartNumber}", ToDto(part, maker));
    }

    private static async Task<Results<Ok<PartDto>, NotFound, ValidationProblem>> UpdatePart(string partNumber, PartDto input, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Parts.SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        var maker = await db.Makers.SingleOrDefaultAsync(m => m.Code == (input.Maker ?? "").ToUpperInvariant(), ct);
        if (maker is null)
        {
            return Validation.Problem("maker", $"unknown maker '{input.Maker}'");
        }

        if (!Validation.TryBuild(() => BuildPart(input, existing.PartNumber, maker.Id), out var incoming, out var problem))
        {
            return problem!;
        }

        existing.UpdateFrom(incoming!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(existing, maker));
    }

    private static async Task<Results<NoContent, NotFound>> DeletePart(string partNumber, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Parts.SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct);
        if (existing is null)
        {
            return TypedResults.NotFound();
        }

        db.Parts.Remove(existing);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static VehicleModel BuildModel(ModelDto i, string code, Guid makerId)
    {
        if (!EmissionClassText.TryParse(i.EmissionClass, out var emission))
        {
            throw new ArgumentException($"'{i.EmissionClass}' is not one of Euro-0 … Euro-6.", "emissionClass");
        }

        return new VehicleModel(
            makerId, code, i.Name, ParseEnum<VehicleCategory>(i.Category, "category"), i.EngineCc, ParseEnum<FuelType>(i.Fuel, "fuel"),
            emission, i.KerbWeightKg, HsCode.TryParse(i.HsCode, out var hs) ? hs : throw new ArgumentException($"'{i.HsCode}' is not an HS code.", "hsCode"),
            i.ListPrice is { } p ? new Money(p, Currency.TryParse(i.Currency, out var c) ? c : throw new ArgumentException($"'{i.Currency}' is not an ISO 4217 code.", "currency")) : null,
            i.Source, i.Assumption);
    }

    private static Part BuildPart(PartDto i, string number, Guid makerId) =>
        new(makerId, number, i.Name, i.ProductGroup,
            HsCode.TryParse(i.HsCode, out var hs) ? hs : throw new ArgumentException($"'{i.HsCode}' is not an HS code.", "hsCode"),
            i.WeightKg,
            i.UnitPrice is { } p ? new Money(p, Currency.TryParse(i.Currency, out var c) ? c : throw new ArgumentException($"'{i.Currency}' is not an ISO 4217 code.", "currency")) : null,
            i.Source, i.Assumption);

    private static T ParseEnum<T>(string? text, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v)
            ? v
            : throw new ArgumentException($"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.", field);

    private static MakerDto ToDto(Maker m) => new(m.Code, m.Name, m.Country, m.Source, m.Assumption);

    private static ModelDto ToDto(VehicleModel m) => ToDto(m, m.Maker);

    private static ModelDto ToDto(VehicleModel m, Maker? maker) =>
        new(m.Code, m.Name, maker?.Code ?? "", m.Category.ToString(), m.EngineCc, m.Fuel.ToString().ToLowerInvariant(), m.EmissionClass.ToText(),
            m.KerbWeightKg, m.HsCode.ToString(), m.ListPriceAmount, m.ListPriceCurrency.Length == 0 ? null : m.ListPriceCurrency, m.Source, m.Assumption);

    private static PartDto ToDto(Part p) => ToDto(p, p.Maker);

    private static PartDto ToDto(Part p, Maker? maker) =>
        new(p.PartNumber, p.Name, maker?.Code ?? "", p.ProductGroup, p.HsCode.ToString(), p.WeightKg, p.UnitPriceAmount,
            p.UnitPriceCurrency.Length == 0 ? null : p.UnitPriceCurrency, p.Source, p.Assumption);
}

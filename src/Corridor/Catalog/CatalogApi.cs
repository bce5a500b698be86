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

    private static async Task<Results<Created<MakerDto>, ValidationProblem, ConflictProblem>> CreateMaker(MakerDto input, CatalogEntry entry, CancellationToken ct) =>
        Created(await entry.CreateMakerAsync(ToInput(input), ct), "Maker exists", m => ($"/api/catalog/makers/{m.Code}", ToDto(m)));

    private static async Task<Results<Ok<MakerDto>, NotFound, ValidationProblem>> UpdateMaker(string code, MakerDto input, CatalogEntry entry, CancellationToken ct) =>
        Updated(await entry.UpdateMakerAsync(code, ToInput(input), ct), ToDto);

    private static async Task<Results<NoContent, NotFound, ConflictProblem>> DeleteMaker(string code, CatalogEntry entry, CancellationToken ct) =>
        await entry.DeleteMakerAsync(code, ct) switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Conflict: { } conflict } => new ConflictProblem("Maker in use", conflict),
            _ => TypedResults.NoContent(),
        };

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

    private static async Task<Results<Created<ModelDto>, ValidationProblem, ConflictProblem>> CreateModel(ModelDto input, CatalogEntry entry, CancellationToken ct) =>
        Created(await entry.CreateModelAsync(ToInput(input), ct), "Model exists", m => ($"/api/catalog/models/{m.Code}", ToDto(m, MakerCode(input.Maker))));

    private static async Task<Results<Ok<ModelDto>, NotFound, ValidationProblem>> UpdateModel(string code, ModelDto input, CatalogEntry entry, CancellationToken ct) =>
        Updated(await entry.UpdateModelAsync(code, ToInput(input), ct), m => ToDto(m, MakerCode(input.Maker)));

    private static async Task<Results<NoContent, NotFound>> DeleteModel(string code, CatalogEntry entry, CancellationToken ct) =>
        (await entry.DeleteModelAsync(code, ct)).NotFound ? TypedResults.NotFound() : TypedResults.NoContent();

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

    private static async Task<Results<Created<PartDto>, ValidationProblem, ConflictProblem>> CreatePart(PartDto input, CatalogEntry entry, CancellationToken ct) =>
        Created(await entry.CreatePartAsync(ToInput(input), ct), "Part exists", p => ($"/api/catalog/parts/{p.PartNumber}", ToDto(p, MakerCode(input.Maker))));

    private static async Task<Results<Ok<PartDto>, NotFound, ValidationProblem>> UpdatePart(string partNumber, PartDto input, CatalogEntry entry, CancellationToken ct) =>
        Updated(await entry.UpdatePartAsync(partNumber, ToInput(input), ct), p => ToDto(p, MakerCode(input.Maker)));

    private static async Task<Results<NoContent, NotFound>> DeletePart(string partNumber, CatalogEntry entry, CancellationToken ct) =>
        (await entry.DeletePartAsync(partNumber, ct)).NotFound ? TypedResults.NotFound() : TypedResults.NoContent();

    private static Results<Created<TDto>, ValidationProblem, ConflictProblem> Created<T, TDto>(CatalogWrite<T> w, string title, Func<T, (string Location, TDto Dto)> created)
        where T : class
    {
        if (w.Invalid is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (w.Conflict is { } conflict)
        {
            return new ConflictProblem(title, conflict);
        }

        var (location, dto) = created(w.Value!);
        return TypedResults.Created(location, dto);
    }

    private static Results<Ok<TDto>, NotFound, ValidationProblem> Updated<T, TDto>(CatalogWrite<T> w, Func<T, TDto> dto)
        where T : class =>
        w.NotFound ? TypedResults.NotFound()
        : w.Invalid is { } invalid ? TypedResults.ValidationProblem(invalid)
        : TypedResults.Ok(dto(w.Value!));

    /// <summary>The maker code the write was given, for the answer's DTO (the write has checked that it exists).</summary>
    private static string MakerCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    private static MakerInput ToInput(MakerDto d) => new(d.Code, d.Name, d.Country, d.Source, d.Assumption);

    private static ModelInput ToInput(ModelDto d) =>
        new(d.Code, d.Name, d.Maker, d.Category, d.EngineCc, d.Fuel, d.EmissionClass, d.KerbWeightKg, d.HsCode, d.ListPrice, d.Currency, d.Source, d.Assumption);

    private static PartInput ToInput(PartDto d) =>
        new(d.PartNumber, d.Name, d.Maker, d.ProductGroup, d.HsCode, d.WeightKg, d.UnitPrice, d.Currency, d.Source, d.Assumption);

    private static MakerDto ToDto(Maker m) => new(m.Code, m.Name, m.Country, m.Source, m.Assumption);

    private static ModelDto ToDto(VehicleModel m) => ToDto(m, m.Maker?.Code ?? "");

    private static ModelDto ToDto(VehicleModel m, string maker) =>
        new(m.Code, m.Name, maker, m.Category.ToString(), m.EngineCc, m.Fuel.ToString().ToLowerInvariant(), m.EmissionClass.ToText(),
            m.KerbWeightKg, m.HsCode.ToString(), m.ListPriceAmount, m.ListPriceCurrency.Length == 0 ? null : m.ListPriceCurrency, m.Source, m.Assumption);

    private static PartDto ToDto(Part p) => ToDto(p, p.Maker?.Code ?? "");

    private static PartDto ToDto(Part p, string maker) =>
        new(p.PartNumber, p.Name, maker, p.ProductGroup, p.HsCode.ToString(), p.WeightKg, p.UnitPriceAmount,
            p.UnitPriceCurrency.Length == 0 ? null : p.UnitPriceCurrency, p.Source, p.Assumption);
}

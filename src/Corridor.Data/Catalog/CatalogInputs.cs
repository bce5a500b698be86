namespace Corridor.Catalog;

/// <summary>A maker as entered (API body or page form). <c>Code</c> on creation; on edit the stored code is kept.</summary>
public sealed record MakerInput(string? Code, string? Name, string? Country, string? Source, string? Assumption);

/// <summary>
/// A vehicle model as entered. <c>Maker</c> is a maker code of the organisation; <c>Category</c> a UNECE category (M1 …),
/// <c>Fuel</c> petrol, diesel, cng, bifuel, hybrid or electric; <c>EmissionClass</c> Euro-0 … Euro-6; a list price needs its currency.
/// </summary>
public sealed record ModelInput(
    string? Code, string? Name, string? Maker, string? Category, int? EngineCc, string? Fuel, string? EmissionClass,
    int? KerbWeightKg, string? HsCode, decimal? ListPrice, string? Currency, string? Source, string? Assumption);

/// <summary>A spare part as entered; weight in kilograms, a unit price needs its currency.</summary>
public sealed record PartInput(
    string? PartNumber, string? Name, string? Maker, string? ProductGroup, string? HsCode, decimal? WeightKg,
    decimal? UnitPrice, string? Currency, string? Source, string? Assumption);

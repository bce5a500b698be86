namespace Corridor.Documents;

/// <summary>A party as printed: its code, its name (in its own script), other names, country and address.</summary>
public sealed record DocumentParty(string Code, string Name, string? OtherNames, string? Country, string? Address);

/// <summary>One line: item, description, HS code, quantity, unit price and amount (commercial documents), packages and weights in kilograms.</summary>
public sealed record DocumentLine(int Line, string Item, string Description, string HsCode, int Quantity, decimal? UnitPrice, decimal? Amount,
    int Packages, decimal NetKg, decimal GrossKg);

/// <summary>The figures every document of an order must agree on; <see cref="Value"/> only on documents that carry money.</summary>
public sealed record DocumentTotals(int Quantity, int Packages, decimal NetKg, decimal GrossKg, decimal? Value);

/// <summary>
/// What a document says, stored as JSON on the draft and frozen into the snapshot on issue. Money is decimal with
/// <see cref="Currency"/> (ISO 4217); weights are kilograms.
/// </summary>
public sealed record DocumentContent(
    string Order, string Market, string Incoterm, string Currency, DocumentParty Buyer, DocumentParty? Consignee,
    IReadOnlyList<DocumentLine> Lines, DocumentTotals Totals,
    string? OriginForm, string? OriginReason, string? Carriage, IReadOnlyList<string> Legs);

using Corridor.Catalog;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary><c>market-rules.csv</c>: shared reference data, one requirement or relaxation per row (columns in <see cref="MarketRuleRows.Header"/>).</summary>
public sealed class MarketRuleImporter : CsvEntityImporter<MarketRule>
{
    private Dictionary<string, RequirementKind>? _kinds;
    private HashSet<string>? _markets;

    public override string FileName => "market-rules.csv";

    public override int Order => 30;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => MarketRuleRows.Header;

    protected override string? ProvidesKind => "market-rule";

    protected override string KeyColumn => "code";

    protected override MarketRule? Parse(CsvRow row, ImportContext context)
    {
        _kinds ??= MarketAccessReferences.KindsAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        _markets ??= MarketAccessReferences.StoredMarketsAsync(context.Db, CancellationToken.None).GetAwaiter().GetResult();
        return MarketRuleRows.Parse(row, _kinds, iso => MarketAccessReferences.MarketKnown(context, _markets, iso));
    }

    protected override string KeyOf(MarketRule entity) => entity.Code;

    protected override Task<Dictionary<string, MarketRule>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<MarketRule>().ToDictionaryAsync(r => r.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(MarketRule existing, MarketRule incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<MarketRule>().AsNoTracking().OrderBy(r => r.MarketIso2).ThenBy(r => r.ValidFrom).ThenBy(r => r.Code).ToListAsync(ct))
            .Select(r => new[]
            {
                r.Code, r.MarketIso2, r.KindCode, r.Effect.ToString().ToLowerInvariant(), r.MinEmissionClass?.ToText(), string.Join(';', r.Scope.Categories),
                r.Condition?.ToString().ToLowerInvariant(), r.Origin?.ToString().ToLowerInvariant(), Day(r.ValidFrom), Day(r.ValidUntil),
                r.Title, r.LegalReference, r.Source, r.Assumption,
            }).ToList();
}

using Corridor.Catalog;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary>
/// The market-access use cases for the acting organisation: eligibility, timelines, the access matrix and the
/// impact of rule changes. Loads the shared rules and the organisation's certificates into an
/// <see cref="EligibilityEngine"/> per call; the engine does the work in memory.
/// </summary>
public sealed class MarketAccessService(CorridorDbContext db, IEnumerable<IImpactSource> impactSources)
{
    /// <summary>Where timelines start when no start is given: before any rule in the reference data.</summary>
    public static readonly DateOnly DefaultTimelineStart = new(2000, 1, 1);

    /// <summary>An engine over every rule and every certificate of the organisation.</summary>
    public Task<EligibilityEngine> LoadEngineAsync(CancellationToken ct = default) => LoadEngineAsync(null, null, ct);

    /// <summary>An engine over the rules of one market and the certificates of one model there (what one check or timeline needs).</summary>
    private async Task<EligibilityEngine> LoadEngineAsync(Guid? modelId, string? market, CancellationToken ct)
    {
        var kinds = await db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct);
        var rules = db.Set<MarketRule>().AsNoTracking();
        var certificates = db.Set<Certificate>().AsNoTracking().Include(c => c.History).AsQueryable();
        if (market is not null)
        {
            rules = rules.Where(r => r.MarketIso2 == market);
            certificates = certificates.Where(c => c.MarketIso2 == market);
        }

        if (modelId is { } id)
        {
            certificates = certificates.Where(c => c.ModelId == id);
        }

        return EligibilityEngine.Create(kinds, await rules.ToListAsync(ct), await certificates.ToListAsync(ct));
    }

    /// <summary>The organisation's vehicle models, by code.</summary>
    public async Task<IReadOnlyList<VehicleModel>> ModelsAsync(CancellationToken ct = default) =>
        await db.VehicleModels.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct);

    /// <summary>Finds a model of the organisation by code or name (case-insensitive).</summary>
    public async Task<Result<VehicleModel>> FindModelAsync(string codeOrName, CancellationToken ct = default)
    {
        var key = codeOrName.Trim();
        var upper = key.ToUpperInvariant();
        var found = await db.VehicleModels.AsNoTracking().FirstOrDefaultAsync(m => m.Code == upper, ct)
            ?? await db.VehicleModels.AsNoTracking().OrderBy(m => m.Code).FirstOrDefaultAsync(m => m.Name.ToUpper() == upper, ct);
        return found is null
            ? Result<VehicleModel>.Failure($"model: unknown model '{key}'")
            : Result<VehicleModel>.Success(found);
    }

    public async Task<Result<string>> FindMarketAsync(string iso2, CancellationToken ct = default)
    {
        if (!CountryCode.TryParse(iso2, out var code))
        {
            return Result<string>.Failure($"market: '{iso2}' is not an ISO 3166-1 alpha-2 code");
        }

        return await db.Markets.AnyAsync(m => m.Iso2 == code.Value, ct)
            ? Result<string>.Success(code.Value)
            : Result<string>.Failure($"market: unknown market '{code.Value}'");
    }

    public async Task<Result<Eligibility>> CheckAsync(string model, string market, DateOnly date, int warningDays = EligibilityEngine.DefaultWarningDays, CancellationToken ct = default)
    {
        var (m, iso, errors) = await ResolveAsync(model, market, ct);
        if (errors.Count > 0)
        {
            return Result<Eligibility>.Failure(errors);
        }

        return Result<Eligibility>.Success((await LoadEngineAsync(m!.Id, iso, ct)).Check(ModelProfile.Of(m), iso!, date, warningDays));
    }

    public async Task<Result<IReadOnlyList<TimelineInterval>>> TimelineAsync(string model, string market, DateOnly? from = null, DateOnly? until = null, CancellationToken ct = default)
    {
        var (m, iso, errors) = await ResolveAsync(model, market, ct);
        var start = from ?? DefaultTimelineStart;
        if (until is { } u && u <= start)
        {
            errors.Add($"until: {u:yyyy-MM-dd} is not after from {start:yyyy-MM-dd}");
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<TimelineInterval>>.Failure(errors);
        }

        return Result<IReadOnlyList<TimelineInterval>>.Success((await LoadEngineAsync(m!.Id, iso, ct)).Timeline(ModelProfile.Of(m), iso!, start, until));
    }

    /// <summary>Every model of the organisation against every market on <paramref name="date"/>.</summary>
    public async Task<AccessMatrix> MatrixAsync(DateOnly date, CancellationToken ct = default)
    {
        var engine = await LoadEngineAsync(ct);
        var models = await ModelsAsync(ct);
        var markets = await db.Markets.AsNoTracking().OrderBy(m => m.Iso2).Select(m => m.Iso2).ToListAsync(ct);
        var cells = new Dictionary<(string, string), Eligibility>();
        foreach (var model in models)
        {
            var profile = ModelProfile.Of(model);
            foreach (var market in markets)
            {
                cells[(model.Code, market)] = engine.Check(profile, market, date);
            }
        }

        return new AccessMatrix(date, models.Select(m => m.Code).ToList(), markets, cells);
    }

    /// <summary>
    /// The impact of proposed rules (each replacing the stored rule of the same code, or added) and of removing
    /// stored rules, on the organisation's models in the markets concerned, from <paramref name="from"/> (default:
    /// the earliest start among the proposed rules) on. Nothing is saved.
    /// </summary>
    public async Task<RuleImpactReport> ImpactAsync(
        IReadOnlyList<MarketRule> proposed, IReadOnlyList<string>? removed = null, DateOnly? from = null, DateOnly? until = null, CancellationToken ct = default)
    {
        removed ??= [];
        var before = await LoadEngineAsync(ct);
        var after = before.WithRules(proposed, removed);
        var markets = proposed.Select(r => r.MarketIso2)
            .Concat(before.Rules.Where(r => removed.Contains(r.Code, StringComparer.OrdinalIgnoreCase)).Select(r => r.MarketIso2))
            .Concat(before.Rules.Where(r => proposed.Any(p => string.Equals(p.Code, r.Code, StringComparison.OrdinalIgnoreCase))).Select(r => r.MarketIso2))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var start = from ?? (proposed.Count > 0 ? proposed.Min(r => r.ValidFrom) : DefaultTimelineStart);
        return await ReportAsync(before, after, markets, proposed, removed, start, until, ct);
    }

    /// <summary>The impact a stored rule has: the rules without it compared with the rules as they are.</summary>
    public async Task<Result<RuleImpactReport>> ImpactOfStoredRuleAsync(string code, DateOnly? from = null, DateOnly? until = null, CancellationToken ct = default)
    {
        var withIt = await LoadEngineAsync(ct);
        var rule = withIt.Rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            return Result<RuleImpactReport>.Failure($"rule: unknown rule '{code}'");
        }

        var without = withIt.WithRules([], [rule.Code]);
        return Result<RuleImpactReport>.Success(await ReportAsync(without, withIt, [rule.MarketIso2], [rule], [], from ?? rule.ValidFrom, until, ct));
    }

    private async Task<RuleImpactReport> ReportAsync(
        EligibilityEngine before, EligibilityEngine after, IReadOnlyList<string> markets, IReadOnlyList<MarketRule> rules, IReadOnlyList<string> removed,
        DateOnly start, DateOnly? until, CancellationToken ct)
    {
        var models = (await ModelsAsync(ct)).Select(ModelProfile.Of).ToList();
        var impacts = RuleImpactAnalyzer.Compare(before, after, models, markets, start, until);
        var items = new List<ImpactedItem>();
        foreach (var source in impactSources)
        {
            items.AddRange(await source.FindAsync(impacts, ct));
        }

        var counts = impactSources.Select(s =>
        {
            var mine = items.Where(i => i.Source == s.Name).ToList();
            int? quantity = mine.Any(i => i.Quantity is not null) ? mine.Sum(i => i.Quantity ?? 0) : null;
            var value = mine.Where(i => i.Value is not null).GroupBy(i => i.Value!.Value.Currency)
                .Select(g => new Money(g.Sum(i => i.Value!.Value.Amount), g.Key)).ToList();
            return new ImpactSourceCount(s.Name, mine.Count, quantity, value);
        }).ToList();
        return new RuleImpactReport(rules, removed, start, until, impacts, items, counts);
    }

    /// <summary>Parses a rule file (the columns of market-rules.csv) against the stored kinds and markets without saving it.</summary>
    public async Task<(IReadOnlyList<MarketRule> Rules, IReadOnlyList<ImportError> Errors)> ParseRuleFileAsync(string path, CancellationToken ct = default)
    {
        var errors = new List<ImportError>();
        if (!File.Exists(path))
        {
            return ([], [new ImportError(path, 0, "path", "no such file")]);
        }

        var kinds = (await db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct)).ToDictionary(k => k.Code, StringComparer.OrdinalIgnoreCase);
        var markets = (await db.Markets.Select(m => m.Iso2).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rules = new List<MarketRule>();
        foreach (var row in CsvTable.Read(path, Path.GetFileName(path), MarketRuleRows.Header, errors))
        {
            if (MarketRuleRows.Parse(row, kinds, markets.Contains) is { } rule)
            {
                if (rules.Any(r => r.Code == rule.Code))
                {
                    row.Error("code", $"duplicate key '{rule.Code}'");
                    continue;
                }

                rules.Add(rule);
            }
        }

        return (errors.Count > 0 ? [] : rules, errors);
    }

    private async Task<(VehicleModel? Model, string? Market, List<string> Errors)> ResolveAsync(string model, string market, CancellationToken ct)
    {
        var errors = new List<string>();
        var m = await FindModelAsync(model, ct);
        var k = await FindMarketAsync(market, ct);
        errors.AddRange(m.Errors);
        errors.AddRange(k.Errors);
        return (m.Succeeded ? m.Value : null, k.Succeeded ? k.Value : null, errors);
    }
}

using System.Text;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>
/// Sanctions screening: ad-hoc matching against the active list snapshots, the snapshots and their deltas, the
/// organisation's counterparties with their screening history, the review queue and decisions, the audit trail and the
/// screening gate that trade calls.
/// </summary>
public static class ComplianceApi
{
    public const int MaxBatch = 1000;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/compliance").WithTags("Compliance").RequireAuthorization(Policies.Read);

        api.MapGet("/match", Match).WithName("MatchName").WithSummary("Screens one name (with optional type, country, date of birth, identifiers) against the active lists, with explanations.");
        api.MapPost("/match/batch", MatchBatch).WithName("MatchBatch").WithSummary($"Screens up to {MaxBatch} names in one request.").RequireAuthorization(Policies.WriteCompliance);

        api.MapGet("/snapshots", ListSnapshots).WithName("ListSnapshots").WithSummary("List snapshots per source, newest first; the active one per source is marked.");
        api.MapGet("/snapshots/{id:guid}/delta", Delta).WithName("SnapshotDelta").WithSummary("Entries added, removed and changed against another snapshot (default: the one it replaced).");

        api.MapGet("/counterparties", ListCounterparties).WithName("ListCounterparties").WithSummary("The organisation's counterparties and whether each blocks trade.");
        api.MapGet("/counterparties/{id:guid}", GetCounterparty).WithName("GetCounterparty").WithSummary("One counterparty with its screening history and possible matches.");
        api.MapPost("/counterparties", CreateCounterparty).WithName("CreateCounterparty").WithSummary("Adds a counterparty and screens it at once.").RequireAuthorization(Policies.WriteCompliance);
        api.MapPut("/counterparties/{id:guid}", UpdateCounterparty).WithName("UpdateCounterparty").WithSummary("Changes a counterparty; a real change re-screens it.").RequireAuthorization(Policies.WriteCompliance);
        api.MapPost("/counterparties/{id:guid}/screenings", Rescreen).WithName("RescreenCounterparty").WithSummary("Screens a counterparty again against all active snapshots.").RequireAuthorization(Policies.WriteCompliance);

        api.MapGet("/review-queue", ReviewQueue).WithName("ReviewQueue").WithSummary("Open and escalated possible matches, highest score first.");
        api.MapPost("/matches/{id:guid}/decision", Decide).WithName("DecideMatch").WithSummary("Decides a possible match: true-match, false-positive or escalate, with a reason.").RequireAuthorization(Policies.WriteCompliance);

        api.MapGet("/audit", Audit).WithName("ScreeningAudit").WithSummary("The audit trail (snapshot, algorithm version, query, candidates, scores, decisions) as JSON or CSV.");
        api.MapGet("/gate", Gate).WithName("ScreeningGate").WithSummary("Whether trade with the given counterparties may proceed; 409 ProblemDetails naming counterparty and list entry if not.");
        return app;
    }

    public sealed record MatchQueryDto(string Name, string? Type = null, string? Country = null, string? BirthDate = null, IReadOnlyList<string>? Identifiers = null, IReadOnlyList<string>? OtherNames = null);

    public sealed record BatchRequestDto(IReadOnlyList<MatchQueryDto> Queries, double? Threshold = null, int? Limit = null);

    public sealed record TokenDto(string Query, string Candidate, string How, double Similarity, double Weight);

    public sealed record EvidenceDto(string Field, bool Agrees, string Detail, double Effect);

    public sealed record HitDto(string EntryKey, string Source, string Caption, string Type, double Score, double NameScore, string MatchedName, IReadOnlyList<string> Programmes, IReadOnlyList<TokenDto> Tokens, IReadOnlyList<EvidenceDto> Evidence, string Explanation);

    public sealed record MatchResultDto(string Query, string AlgorithmVersion, double Threshold, IReadOnlyList<string> Snapshots, IReadOnlyList<HitDto> Hits);

    public sealed record SnapshotDto(Guid Id, string Source, DateOnly? PublishedOn, string ContentHash, DateTimeOffset ImportedAt, string ImportedBy, int EntryCount, bool IsActive, Guid? PreviousSnapshotId, int Added, int Removed, int Changed);

    public sealed record CounterpartyDto(Guid Id, string Name, IReadOnlyList<string> OtherNames, string Type, string? Country, string? BirthDate, IReadOnlyList<string> Identifiers, int Version, bool Blocked);

    public sealed record MatchDto(Guid Id, Guid CounterpartyId, string CounterpartyName, string EntryKey, string EntryCaption, double Score, string Status, string Explanation, DateTimeOffset FoundAt, string? DecisionReason, string? DecidedBy, DateTimeOffset? DecidedAt);

    public sealed record ScreeningDto(Guid Id, DateTimeOffset ScreenedAt, string Trigger, int CounterpartyVersion, string Query, string Snapshots, string AlgorithmVersion, double Threshold, IReadOnlyList<MatchDto> Matches);

    public sealed record CounterpartyDetailDto(CounterpartyDto Counterparty, IReadOnlyList<ScreeningDto> Screenings);

    public sealed record DecisionDto(string Decision, string Reason);

    public sealed record GateDto(bool Blocked, IReadOnlyList<string> Reasons);

    private static async Task<Results<Ok<MatchResultDto>, ValidationProblem>> Match(
        [AsParameters] MatchParameters p, CorridorDbContext db, ScreeningIndexCache cache, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            return Validation.Problem("name", "a name is required");
        }

        if (ToQuery(new MatchQueryDto(p.Name, p.Type, p.Country, p.BirthDate, p.Identifier)) is not { } query)
        {
            return Validation.Problem("type", $"'{p.Type}' is not person, organisation, vessel or aircraft");
        }

        var active = await cache.GetAsync(db, ct);
        var threshold = Math.Clamp(p.Threshold ?? NameComparer.DefaultThreshold, 0, 1);
        return TypedResults.Ok(Result(query, active, threshold, Math.Clamp(p.Limit ?? 10, 1, MaxLimit)));
    }

    private static async Task<Results<Ok<List<MatchResultDto>>, ValidationProblem>> MatchBatch(BatchRequestDto request, CorridorDbContext db, ScreeningIndexCache cache, CancellationToken ct)
    {
        if (request.Queries is not { Count: > 0 } || request.Queries.Count > MaxBatch)
        {
            return Validation.Problem("queries", $"between 1 and {MaxBatch} queries");
        }

        var queries = new List<ScreeningQuery>();
        for (var i = 0; i < request.Queries.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(request.Queries[i].Name) || ToQuery(request.Queries[i]) is not { } q)
            {
                return Validation.Problem($"queries[{i}]", "a name is required and type must be person, organisation, vessel or aircraft");
            }

            queries.Add(q);
        }

        var active = await cache.GetAsync(db, ct);
        var threshold = Math.Clamp(request.Threshold ?? NameComparer.DefaultThreshold, 0, 1);
        var limit = Math.Clamp(request.Limit ?? 10, 1, MaxLimit);
        var results = new MatchResultDto[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = ct }, i => results[i] = Result(queries[i], active, threshold, limit));
        return TypedResults.Ok(results.ToList());
    }

    private static async Task<Ok<List<SnapshotDto>>> ListSnapshots(string? source, SnapshotStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListAsync(source, ct)).Select(ToDto).ToList());

    private static async Task<Results<Ok<SnapshotDelta>, NotFound>> Delta(Guid id, Guid? from, CorridorDbContext db, SnapshotStore store, CancellationToken ct)
    {
        var snapshot = await db.ListSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (snapshot is null)
        {
            return TypedResults.NotFound();
        }

        return await store.DeltaAsync(from ?? snapshot.PreviousSnapshotId, id, ct) is { } delta ? TypedResults.Ok(delta) : TypedResults.NotFound();
    }

    private static async Task<Ok<List<CounterpartyDto>>> ListCounterparties(CorridorDbContext db, CancellationToken ct)
    {
        var counterparties = await db.Counterparties.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var blocked = await BlockedIds(db, ct);
        return TypedResults.Ok(counterparties.Select(c => ToDto(c, blocked.Contains(c.Id))).ToList());
    }

    private static async Task<Results<Ok<CounterpartyDetailDto>, NotFound>> GetCounterparty(Guid id, CorridorDbContext db, CancellationToken ct)
    {
        var c = await db.Counterparties.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var screenings = await db.Screenings.AsNoTracking().Where(s => s.CounterpartyId == id).OrderByDescending(s => s.ScreenedAt).ToListAsync(ct);
        var matches = (await db.PossibleMatches.AsNoTracking().Where(m => m.CounterpartyId == id).ToListAsync(ct)).ToLookup(m => m.ScreeningId);
        var blocked = matches.SelectMany(g => g).Any(m => m.Blocks);
        return TypedResults.Ok(new CounterpartyDetailDto(ToDto(c, blocked), screenings.Select(s => new ScreeningDto(
            s.Id, s.ScreenedAt, s.Trigger, s.CounterpartyVersion, s.Query, s.Snapshots, s.AlgorithmVersion, s.Threshold,
            matches[s.Id].OrderByDescending(m => m.Score).Select(ToDto).ToList())).ToList()));
    }

    private static async Task<Results<Created<CounterpartyDetailDto>, ValidationProblem>> CreateCounterparty(MatchQueryDto input, CounterpartyService service, CorridorDbContext db, CancellationToken ct)
    {
        var result = await service.CreateAsync(ToInput(input), ct);
        if (!result.Succeeded)
        {
            return Problem(result.Errors);
        }

        var detail = await GetCounterparty(result.Value.Counterparty.Id, db, ct);
        return TypedResults.Created($"/api/compliance/counterparties/{result.Value.Counterparty.Id}", ((Ok<CounterpartyDetailDto>)detail.Result).Value);
    }

    private static async Task<Results<Ok<CounterpartyDetailDto>, NotFound, ValidationProblem>> UpdateCounterparty(Guid id, MatchQueryDto input, CounterpartyService service, CorridorDbContext db, CancellationToken ct)
    {
        var result = await service.UpdateAsync(id, ToInput(input), ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            return Problem(result.Errors);
        }

        return (Ok<CounterpartyDetailDto>)(await GetCounterparty(id, db, ct)).Result;
    }

    private static async Task<Results<Ok<CounterpartyDetailDto>, NotFound>> Rescreen(Guid id, CorridorDbContext db, CounterpartyService service, CancellationToken ct)
    {
        if (await service.RescreenAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        return (Ok<CounterpartyDetailDto>)(await GetCounterparty(id, db, ct)).Result;
    }

    private static async Task<Ok<List<MatchDto>>> ReviewQueue(ReviewService review, CancellationToken ct) =>
        TypedResults.Ok((await review.QueueAsync(ct)).Select(ToDto).ToList());

    private static async Task<Results<Ok<MatchDto>, NotFound, ValidationProblem>> Decide(Guid id, DecisionDto input, ReviewService review, CancellationToken ct)
    {
        if (!ReviewService.TryParseDecision(input.Decision ?? "", out var decision))
        {
            return Validation.Problem("decision", "must be true-match, false-positive or escalate");
        }

        var result = await review.DecideAsync(id, decision, input.Reason ?? "", ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value)) : Problem(result.Errors);
    }

    private static async Task<IResult> Audit(string? format, Guid? counterparty, ScreeningAudit audit, CancellationToken ct)
    {
        var rows = await audit.RowsAsync(counterparty, ct);
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(ScreeningAudit.ToCsv(rows), "text/csv", Encoding.UTF8)
            : TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<GateDto>, ProblemHttpResult, ValidationProblem>> Gate([FromQuery(Name = "counterparty")] Guid[]? counterparty, IScreeningGate gate, CancellationToken ct)
    {
        if (counterparty is not { Length: > 0 })
        {
            return Validation.Problem("counterparty", "give one or more counterparty ids");
        }

        var result = await gate.CheckAsync(counterparty, ct);
        if (!result.Blocked)
        {
            return TypedResults.Ok(new GateDto(false, []));
        }

        return TypedResults.Problem(
            title: "Screening blocks this counterparty",
            detail: result.Describe(),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["blocks"] = result.Blocks.Select(b => new { b.CounterpartyId, b.CounterpartyName, b.EntryKey, b.EntryCaption, status = b.Status.ToString(), b.Score }).ToArray(),
            });
    }

    private static MatchResultDto Result(ScreeningQuery query, ActiveIndex active, double threshold, int limit) =>
        new(query.ToString(), MatcherVersion.Current, threshold, active.Snapshots.Select(s => s.Label).ToList(),
            active.Index.Search(query, threshold, limit).Select(h => new HitDto(
                h.Entry.Key, h.Entry.Source, h.Entry.Caption, h.Entry.Type.ToString(), h.Score, h.NameScore, h.BestName.Candidate.Original, h.Entry.Programmes,
                h.BestName.Tokens.Select(t => new TokenDto(t.Query, t.Candidate, t.Kind.ToString(), t.Similarity, t.Weight)).ToList(),
                h.Evidence.Select(e => new EvidenceDto(e.Field, e.Agrees, e.Detail, e.Effect)).ToList(),
                h.Explain())).ToList());

    private static ScreeningQuery? ToQuery(MatchQueryDto dto)
    {
        var type = ListEntryType.Unknown;
        if (dto.Type is { Length: > 0 } t && !Enum.TryParse(t, true, out type))
        {
            return null;
        }

        var ids = (dto.Identifiers ?? []).Select(i => i.Split(':', 2)).Select(p => p.Length == 2 ? new EntryIdentifier(p[0], p[1]) : new EntryIdentifier(IdentifierTypes.Other, p[0])).ToArray();
        return new ScreeningQuery([dto.Name, .. dto.OtherNames ?? []], type, dto.Country?.ToUpperInvariant(), dto.BirthDate, ids);
    }

    private static CounterpartyInput ToInput(MatchQueryDto dto) => new(dto.Name ?? "", dto.OtherNames, dto.Type, dto.Country, dto.BirthDate, dto.Identifiers);

    private static ValidationProblem Problem(IReadOnlyList<string> errors) =>
        TypedResults.ValidationProblem(errors.Select(e => e.Split(':', 2)).GroupBy(p => p.Length == 2 && !p[0].Contains(' ', StringComparison.Ordinal) ? p[0] : "body")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Length == 2 ? p[1].Trim() : p[0]).ToArray()));

    private static async Task<HashSet<Guid>> BlockedIds(CorridorDbContext db, CancellationToken ct) =>
        (await db.PossibleMatches.Where(m => m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated || m.Status == MatchStatus.TrueMatch)
            .Select(m => m.CounterpartyId).Distinct().ToListAsync(ct)).ToHashSet();

    private static SnapshotDto ToDto(ListSnapshot s) => new(s.Id, s.Source, s.PublishedOn, s.ContentHash, s.ImportedAt, s.ImportedBy, s.EntryCount, s.IsActive, s.PreviousSnapshotId, s.AddedCount, s.RemovedCount, s.ChangedCount);

    private static CounterpartyDto ToDto(Counterparty c, bool blocked) =>
        new(c.Id, c.Name, c.AllNames.Skip(1).ToList(), c.Type.ToString(), c.Country, c.BirthDate, c.IdentifierList.Select(i => i.ToString()).ToList(), c.Version, blocked);

    private static MatchDto ToDto(PossibleMatch m) =>
        new(m.Id, m.CounterpartyId, m.CounterpartyName, m.EntryKey, m.EntryCaption, m.Score, m.Status.ToString(), m.Explanation, m.FoundAt, m.DecisionReason, m.DecidedBy, m.DecidedAt);

    /// <summary>The query string of a single ad-hoc match.</summary>
    public sealed record MatchParameters([property: FromQuery(Name = "name")] string? Name, [property: FromQuery(Name = "type")] string? Type, [property: FromQuery(Name = "country")] string? Country,
        [property: FromQuery(Name = "birthDate")] string? BirthDate, [property: FromQuery(Name = "identifier")] string[]? Identifier, [property: FromQuery(Name = "threshold")] double? Threshold, [property: FromQuery(Name = "limit")] int? Limit);
}

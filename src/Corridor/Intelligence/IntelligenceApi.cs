using Corridor.Common;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using static Corridor.Intelligence.IntelligenceDtos;

namespace Corridor.Intelligence;

/// <summary>
/// Market intelligence: articles in (upload, list, extract), candidate figures out (review queue: accept, edit,
/// reject, merge), reviewed facts with their sources, and conflicting reports. Everything is the acting
/// organisation's (decision 030); writes need <see cref="Policies.WriteIntelligence"/> (admin, export manager, analyst).
/// </summary>
public static class IntelligenceApi
{
    public static IEndpointRouteBuilder MapIntelligenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intelligence").WithTags("Market intelligence").RequireAuthorization(Policies.Read);
        api.MapGet("/articles", ListArticles).WithName("ListArticles").WithSummary("The organisation's articles (without their text), newest publication first.");
        api.MapGet("/articles/{id:guid}", GetArticle).WithName("GetArticle").WithSummary("One article with its stored text (the text every offset points into).");
        api.MapPost("/articles", UploadArticle).WithName("UploadArticle")
            .WithSummary("Takes in an article (plain text or HTML reduced to its main text) and extracts its candidate figures; 201 when new, 200 with the stored article when the same text was taken in before (nothing written).")
            .RequireAuthorization(Policies.WriteIntelligence);
        api.MapPost("/articles/{id:guid}/extract", ExtractArticle).WithName("ExtractArticle")
            .WithSummary("Runs the current extractor on a stored article again: pending candidates are replaced, decided ones kept.")
            .RequireAuthorization(Policies.WriteIntelligence);
        api.MapGet("/candidates", ListCandidates).WithName("ListCandidates").WithSummary("Candidate figures with their sentence and offsets; status pending (default), accepted, rejected, merged or all.");
        api.MapGet("/candidates/{id:guid}", GetCandidate).WithName("GetCandidate").WithSummary("One candidate figure with its sentence, offsets and proposals.");
        api.MapPost("/candidates/{id:guid}/accept", Accept).WithName("AcceptCandidate")
            .WithSummary("Accepts a pending candidate, as proposed or with the fields given: it becomes a source of the fact with that statement id (created if new).")
            .RequireAuthorization(Policies.WriteIntelligence);
        api.MapPost("/candidates/{id:guid}/reject", Reject).WithName("RejectCandidate").WithSummary("Rejects a pending candidate with a reason.")
            .RequireAuthorization(Policies.WriteIntelligence);
        api.MapPost("/candidates/{id:guid}/merge", Merge).WithName("MergeCandidate").WithSummary("Merges a pending candidate into a reviewed fact: another source of it, with the fact's values.")
            .RequireAuthorization(Policies.WriteIntelligence);
        api.MapGet("/facts", ListFacts).WithName("ListFacts").WithSummary("Reviewed facts, each with every source (article, quote, offsets, extractor version, reviewer).");
        api.MapGet("/facts/{id:guid}", GetFact).WithName("GetFact").WithSummary("One reviewed fact with its sources.");
        api.MapGet("/conflicts", Conflicts).WithName("ListFactConflicts").WithSummary("Subject, metric and period reported with different values, each value with its quotes.");
        return app;
    }

    private static async Task<Ok<List<ArticleDto>>> ListArticles(ArticleIntake intake, CancellationToken ct) =>
        TypedResults.Ok((await intake.ListAsync(ct)).Select(a => ToDto(a, text: false)).ToList());

    private static async Task<Results<Ok<ArticleDto>, NotFound>> GetArticle(Guid id, ArticleIntake intake, CancellationToken ct) =>
        await intake.FindAsync(id, ct) is { } a ? TypedResults.Ok(ToDto(a, text: true)) : TypedResults.NotFound();

    private static async Task<Results<Created<ArticleImportDto>, Ok<ArticleImportDto>, ValidationProblem>> UploadArticle(ArticleUpload input, ArticleIntake intake, CancellationToken ct)
    {
        var result = await intake.ImportAsync(new ArticleInput(input.Source, input.Publisher, input.Published, input.Language, input.Content ?? "", input.Html), ct);
        if (!result.Succeeded)
        {
            return Problem(result.Errors);
        }

        var dto = new ArticleImportDto(ToDto(result.Value.Article, text: false), result.Value.Created, result.Value.Candidates);
        return result.Value.Created ? TypedResults.Created($"/api/intelligence/articles/{dto.Article.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ArticleImportDto>, NotFound>> ExtractArticle(Guid id, ArticleIntake intake, CancellationToken ct) =>
        await intake.ExtractAsync(id, ct) is { } r ? TypedResults.Ok(new ArticleImportDto(ToDto(r.Article, text: false), false, r.Candidates)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<CandidateDto>>, ValidationProblem>> ListCandidates(string? status, Guid? article, FactReview review, CancellationToken ct)
    {
        CandidateStatus? s = CandidateStatus.Pending;
        if (string.Equals(status, "all", StringComparison.OrdinalIgnoreCase))
        {
            s = null;
        }
        else if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<CandidateStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Validation.Problem("status", $"'{status}' is not pending, accepted, rejected, merged or all");
            }

            s = parsed;
        }

        return TypedResults.Ok((await review.QueueAsync(s, article, 5000, ct)).Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<CandidateDto>, NotFound>> GetCandidate(Guid id, FactReview review, CancellationToken ct) =>
        await review.FindAsync(id, ct) is { } v ? TypedResults.Ok(ToDto(v)) : TypedResults.NotFound();

    private static async Task<Results<Ok<FactDto>, NotFound, ValidationProblem, ConflictProblem>> Accept(Guid id, AcceptInput input, FactReview review, CancellationToken ct)
    {
        if (await review.FindAsync(id, ct) is not { } view)
        {
            return TypedResults.NotFound();
        }

        var c = view.Candidate;
        if (!Validation.TryBuild(() => new FactValues(input.Subject ?? c.Subject ?? "", input.Metric ?? c.Metric, input.Value ?? c.Value, input.Unit ?? c.Unit,
            input.PeriodFrom ?? c.PeriodFrom, input.PeriodUntil ?? c.PeriodUntil), out var values, out var problem))
        {
            return problem!;
        }

        var result = (await review.AcceptAsync(id, values, ct))!;
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value)) : new ConflictProblem("Candidate not accepted", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<CandidateDto>, NotFound, ValidationProblem, ConflictProblem>> Reject(Guid id, RejectInput input, FactReview review, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return Validation.Problem("reason", "say why the candidate is rejected");
        }

        if (await review.RejectAsync(id, input.Reason, ct) is not { } result)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(ToDto((await review.FindAsync(id, ct))!)) : new ConflictProblem("Candidate not rejected", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<FactDto>, NotFound, ConflictProblem>> Merge(Guid id, MergeInput input, FactReview review, CancellationToken ct)
    {
        if (await review.MergeAsync(id, input.FactId, ct) is not { } result)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value)) : new ConflictProblem("Candidate not merged", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Ok<List<FactDto>>> ListFacts(string? subject, FactReview review, CancellationToken ct) =>
        TypedResults.Ok((await review.FactsAsync(subject, ct)).Select(ToDto).ToList());

    private static async Task<Results<Ok<FactDto>, NotFound>> GetFact(Guid id, FactReview review, CancellationToken ct) =>
        await review.FactAsync(id, ct) is { } f ? TypedResults.Ok(ToDto(f)) : TypedResults.NotFound();

    private static async Task<Ok<List<ConflictDto>>> Conflicts(FactReview review, CancellationToken ct) =>
        TypedResults.Ok((await review.ConflictsAsync(ct)).Select(ToDto).ToList());

    /// <summary>The service's "field: message" reasons as one validation problem keyed by field.</summary>
    private static ValidationProblem Problem(IReadOnlyList<string> errors) =>
        TypedResults.ValidationProblem(errors.Select(e => e.Split(": ", 2)).GroupBy(p => p.Length == 2 ? p[0] : "$")
            .ToDictionary(g => g.Key, g => g.Select(p => p[^1]).ToArray()));
}

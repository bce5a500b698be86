using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static Corridor.MarketAccess.MarketAccessDtos;

namespace Corridor.MarketAccess;

/// <summary>
/// Market access: shared rules, the organisation's certificates, eligibility with reasons, timelines, the access
/// matrix, expiry alerts and the impact of rule changes. Reads need a signed-in user; certificate writes the
/// market-access roles; rule writes (shared reference data) an administrator.
/// </summary>
public static class MarketAccessApi
{
    public static IEndpointRouteBuilder MapMarketAccessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/access").WithTags("Market access").RequireAuthorization(Policies.Read);

        api.MapGet("/rules", ListRules).WithName("ListMarketRules").WithSummary("Market rules (requirements and relaxations), optionally of one market.");
        api.MapGet("/rules/{code}", GetRule).WithName("GetMarketRule").WithSummary("One market rule by code.");
        api.MapPost("/rules", CreateRule).WithName("CreateMarketRule").WithSummary("Adds a market rule (shared reference data).").RequireAuthorization(Policies.WriteReference);
        api.MapGet("/rules/{code}/impact", ImpactOfRule).WithName("MarketRuleImpact").WithSummary("What a stored rule does: models that lose or gain eligibility because of it, and the items concerned.");
        api.MapPost("/impact", ImpactOfProposal).WithName("ProposedRuleImpact").WithSummary("What proposed rules (added or replacing stored ones) and removals would do; nothing is saved.");

        api.MapGet("/certificates", ListCertificates).WithName("ListCertificates").WithSummary("The organisation's certificates, filtered by model, market, kind or status.");
        api.MapGet("/certificates/{id:guid}", GetCertificate).WithName("GetCertificate").WithSummary("One certificate with its status history.");
        api.MapPost("/certificates", CreateCertificate).WithName("CreateCertificate").WithSummary("Records a certificate for a model and market.").RequireAuthorization(Policies.WriteMarketAccess);
        api.MapPost("/certificates/{id:guid}/renew", RenewCertificate).WithName("RenewCertificate").WithSummary("Records the successor of a certificate (same model, market and kind) with a new number, period and evidence.").RequireAuthorization(Policies.WriteMarketAccess);
        api.MapPost("/certificates/{id:guid}/status", ChangeStatus).WithName("ChangeCertificateStatus").WithSummary("Appends a status change (suspended, valid, revoked) to a certificate's history.").RequireAuthorization(Policies.WriteMarketAccess);
        api.MapGet("/alerts", Alerts).WithName("CertificateExpiryAlerts").WithSummary("Certificates that expire within the window (days, default 90).");

        api.MapGet("/eligibility", Eligibility).WithName("CheckEligibility").WithSummary("May the model be sold in the market on the date? With every unmet requirement and warnings.");
        api.MapGet("/timeline", Timeline).WithName("EligibilityTimeline").WithSummary("The intervals in which the model could or could not be sold in the market, with the reason at each boundary.");
        api.MapGet("/matrix", Matrix).WithName("AccessMatrix").WithSummary("Eligibility of every model in every market on a date.");
        return app;
    }

    private static async Task<Ok<List<RuleDto>>> ListRules(string? market, CorridorDbContext db, CancellationToken ct)
    {
        var query = db.Set<MarketRule>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(market))
        {
            query = query.Where(r => r.MarketIso2 == market.ToUpperInvariant());
        }

        var rules = await query.ToListAsync(ct);
        return TypedResults.Ok(rules.OrderBy(r => r.MarketIso2, StringComparer.Ordinal).ThenBy(r => r.ValidFrom).ThenBy(r => r.Code, StringComparer.Ordinal).Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<RuleDto>, NotFound>> GetRule(string code, CorridorDbContext db, CancellationToken ct) =>
        await db.Set<MarketRule>().AsNoTracking().SingleOrDefaultAsync(r => r.Code == code.ToUpperInvariant(), ct) is { } r
            ? TypedResults.Ok(ToDto(r))
            : TypedResults.NotFound();

    private static async Task<Results<Created<RuleDto>, ValidationProblem, Conflict<string>>> CreateRule(RuleDto input, CorridorDbContext db, CancellationToken ct)
    {
        var (rule, invalid, conflict) = await MarketRuleWrites.AddAsync(db, input, ct);
        return invalid is not null ? TypedResults.ValidationProblem(invalid)
            : conflict is not null ? TypedResults.Conflict(conflict)
            : TypedResults.Created($"/api/access/rules/{rule!.Code}", ToDto(rule));
    }

    private static async Task<Results<Ok<ImpactDto>, NotFound<string>>> ImpactOfRule(string code, DateOnly? from, DateOnly? until, MarketAccessService service, CancellationToken ct)
    {
        var report = await service.ImpactOfStoredRuleAsync(code, from, until, ct);
        return report.Succeeded ? TypedResults.Ok(ToDto(report.Value)) : TypedResults.NotFound(report.Errors[0]);
    }

    private static async Task<Results<Ok<ImpactDto>, ValidationProblem>> ImpactOfProposal(ProposalDto input, CorridorDbContext db, MarketAccessService service, CancellationToken ct)
    {
        var kinds = await db.Set<RequirementKind>().AsNoTracking().ToDictionaryAsync(k => k.Code, StringComparer.OrdinalIgnoreCase, ct);
        var rules = new List<MarketRule>();
        foreach (var (dto, i) in (input.Rules ?? []).Select((d, i) => (d, i)))
        {
            if (!Validation.TryBuild(() => FromDto(dto, kinds), out var rule, out var problem))
            {
                var errors = problem!.ProblemDetails.Errors.ToDictionary(e => $"rules[{i}].{e.Key}", e => e.Value);
                return TypedResults.ValidationProblem(errors);
            }

            rules.Add(rule!);
        }

        if (rules.Count == 0 && (input.Remove ?? []).Count == 0)
        {
            return Validation.Problem("rules", "propose at least one rule or name one to remove");
        }

        return TypedResults.Ok(ToDto(await service.ImpactAsync(rules, input.Remove ?? [], input.From, input.Until, ct)));
    }

    private static async Task<Results<Ok<List<CertificateDto>>, ValidationProblem>> ListCertificates(
        string? model, string? market, string? kind, string? status, CertificateRegistry registry, CancellationToken ct)
    {
        CertificateStatus? s = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<CertificateStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Validation.Problem("status", $"'{status}' is not one of valid, suspended, revoked");
            }

            s = parsed;
        }

        var list = await registry.ListAsync(new CertificateFilter(model, market, kind, s), ct);
        return TypedResults.Ok(list.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<CertificateDto>, NotFound>> GetCertificate(Guid id, CertificateRegistry registry, CancellationToken ct) =>
        await registry.FindAsync(id, ct) is { } c ? TypedResults.Ok(ToDto(c)) : TypedResults.NotFound();

    private static async Task<Results<Created<CertificateDto>, ValidationProblem>> CreateCertificate(NewCertificateDto input, CertificateRegistry registry, CancellationToken ct)
    {
        Catalog.EmissionClass? klass = null;
        if (!string.IsNullOrWhiteSpace(input.EmissionClass))
        {
            if (!Catalog.EmissionClassText.TryParse(input.EmissionClass, out var c))
            {
                return Validation.Problem("emissionClass", $"'{input.EmissionClass}' is not one of Euro-0 … Euro-6");
            }

            klass = c;
        }

        var result = await registry.AddAsync(input.Model ?? "", input.Market ?? "", input.Kind ?? "", input.Number, input.Issuer, input.IssuedOn, input.ExpiresOn, klass, input.Source, input.Assumption, ct);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors.GroupBy(Field).ToDictionary(g => g.Key, g => g.Select(Message).ToArray()));
        }

        return TypedResults.Created($"/api/access/certificates/{result.Value.Id}", ToDto(result.Value));
    }

    private static async Task<Results<Created<CertificateDto>, NotFound, ValidationProblem>> RenewCertificate(Guid id, RenewCertificateDto input, CertificateRegistry registry, CancellationToken ct)
    {
        Catalog.EmissionClass? klass = null;
        if (!string.IsNullOrWhiteSpace(input.EmissionClass))
        {
            if (!Catalog.EmissionClassText.TryParse(input.EmissionClass, out var c))
            {
                return Validation.Problem("emissionClass", $"'{input.EmissionClass}' is not one of Euro-0 … Euro-6");
            }

            klass = c;
        }

        var result = await registry.RenewAsync(id, input.Number ?? "", input.Issuer, input.IssuedOn, input.ExpiresOn, klass, input.Source ?? "", input.Assumption, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded
            ? TypedResults.Created($"/api/access/certificates/{result.Value.Id}", ToDto(result.Value))
            : TypedResults.ValidationProblem(result.Errors.GroupBy(Field).ToDictionary(g => g.Key, g => g.Select(Message).ToArray()));
    }

    private static async Task<Results<Ok<CertificateDto>, NotFound, ValidationProblem>> ChangeStatus(Guid id, StatusChangeRequest input, CertificateRegistry registry, CancellationToken ct)
    {
        if (!Enum.TryParse<CertificateStatus>(input.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return Validation.Problem("status", $"'{input.Status}' is not one of valid, suspended, revoked");
        }

        var result = await registry.ChangeStatusAsync(id, status, input.From, input.Reason ?? "", ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value)) : Validation.Problem("status", result.Errors[0]);
    }

    private static async Task<Ok<List<AlertDto>>> Alerts(int? days, DateOnly? from, CertificateRegistry registry, CancellationToken ct) =>
        TypedResults.Ok((await registry.ExpiringAsync(days ?? CertificateRegistry.DefaultAlertDays, from, ct)).Select(a => new AlertDto(ToDto(a.Certificate), a.DaysLeft)).ToList());

    private static async Task<Results<Ok<EligibilityDto>, NotFound<string>>> Eligibility(
        string model, string market, DateOnly? date, int? warningDays, MarketAccessService service, CertificateRegistry registry, CancellationToken ct)
    {
        var result = await service.CheckAsync(model, market, date ?? registry.Today, warningDays ?? EligibilityEngine.DefaultWarningDays, ct);
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value)) : TypedResults.NotFound(string.Join("; ", result.Errors));
    }

    private static async Task<Results<Ok<List<IntervalDto>>, NotFound<string>>> Timeline(
        string model, string market, DateOnly? from, DateOnly? until, MarketAccessService service, CancellationToken ct)
    {
        var result = await service.TimelineAsync(model, market, from, until, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value.Select(ToDto).ToList()) : TypedResults.NotFound(string.Join("; ", result.Errors));
    }

    private static async Task<Ok<MatrixDto>> Matrix(DateOnly? date, MarketAccessService service, CertificateRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(ToDto(await service.MatrixAsync(date ?? registry.Today, ct)));

    private static string Field(string error) => error.Contains(':', StringComparison.Ordinal) ? error[..error.IndexOf(':', StringComparison.Ordinal)] : "body";

    private static string Message(string error) => error.Contains(':', StringComparison.Ordinal) ? error[(error.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : error;
}

using System.Security.Claims;
using Corridor.Organisations;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using static Corridor.Trade.TradeApi;

namespace Corridor.Documents;

/// <summary>
/// Documents: list, read, draft an order's set, issue, amend, cancel. Writes need <see cref="Policies.WriteDocuments"/>;
/// on top of it commercial documents need the export manager (or admin) and transport documents the logistics planner
/// (or admin). Another organisation's document is not found (the DbContext's filter). An issued document's PDF is the
/// one stored when it was issued, byte for byte (its SHA-256 is <c>pdf_sha256</c>).
/// </summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(Policies.Read);
        api.MapGet("/", List).WithName("ListDocuments").WithSummary("Documents, optionally of one order, type (commercial_invoice …) and status (draft, issued).");
        api.MapGet("/{id:guid}", Get).WithName("GetDocument").WithSummary("One document with its content, and once issued its number, snapshot and SHA-256.");
        api.MapGet("/{id:guid}/pdf", Pdf).WithName("GetDocumentPdf")
            .WithSummary("The issued document's PDF exactly as stored at issue (application/pdf, SHA-256 = pdf_sha256), with the snapshot embedded as the attachment snapshot.json; 409 for a draft.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf");
        api.MapPost("/drafts", Draft).WithName("DraftDocuments")
            .WithSummary("Drafts every document an order needs: invoice, packing list, certificate of origin (form by rule) and the transport documents of its chosen route.")
            .RequireAuthorization(Policies.WriteDocuments);
        api.MapPost("/{id:guid}/issue", Issue).WithName("IssueDocument")
            .WithSummary("Issues a draft: gates (screening, market access) and cross-checks first, then the next number in the same transaction; 409 with every reason, no number taken, when refused.")
            .RequireAuthorization(Policies.WriteDocuments);
        api.MapPost("/issue-set", IssueSet).WithName("IssueDocumentSet")
            .WithSummary("Issues several drafts at once (a shipment's set): each as one issue would, the gates checked once per order and the PDFs printed in parallel; 403 or 404, nothing issued, when any is not the caller's to issue or not found; else per draft issued or refused with every reason.")
            .RequireAuthorization(Policies.WriteDocuments);
        api.MapPost("/{id:guid}/amend", Amend).WithName("AmendDocument")
            .WithSummary("Drafts an amendment (number/A1 …) of an issued document that supersedes it once issued.")
            .RequireAuthorization(Policies.WriteDocuments);
        api.MapPost("/{id:guid}/cancel", Cancel).WithName("CancelDocument")
            .WithSummary("Cancels an issued document by issuing a cancellation document that names it.")
            .RequireAuthorization(Policies.WriteDocuments);
        api.MapPost("/{id:guid}/credit", Credit).WithName("CreditInvoice")
            .WithSummary("Credits an issued, current commercial invoice by issuing a credit note (series CN) for an amount in the invoice's currency; 409 when the amount with earlier credit notes would exceed the invoice's total.")
            .RequireAuthorization(Policies.WriteDocuments);
        return app;
    }

    public sealed record DocumentDto(Guid Id, string Type, string Status, string OrderNumber, string Title, string? Number, int Revision, Guid? SupersedesId,
        Guid? CancelsId, string? Reason, string? Sha256, string? PdfSha256, DateTimeOffset? IssuedAt, string? IssuedBy, string Content, string? Snapshot,
        Guid? CreditsId = null, decimal? CreditAmount = null, string? CreditCurrency = null);

    public sealed record DraftInput(string Order);

    public sealed record AmendInput(string Reason, string? Content);

    /// <summary>The drafts to issue together, in this order.</summary>
    public sealed record IssueSetInput(IReadOnlyList<Guid>? Ids);

    /// <summary>One draft of a set: issued (with the document) or refused (with every reason, no number taken).</summary>
    public sealed record IssueSetOutcome(Guid Id, bool Issued, DocumentDto? Document, IReadOnlyList<string> Errors);

    /// <summary>A credit note's amount (in the invoice's currency) and reason.</summary>
    public sealed record CreditInput(decimal? Amount, string? Reason);

    private static DocumentDto ToDto(TradeDocument d, bool full) => new(d.Id, d.Type.ToText(), d.Status.ToString().ToLowerInvariant(), d.OrderNumber, d.Title, d.Number,
        d.Revision, d.SupersedesId, d.CancelsId, d.Reason, d.Sha256, d.PdfSha256, d.IssuedAt, d.IssuedBy, full ? d.ContentJson : "", full ? d.SnapshotJson : null,
        d.CreditsId, d.CreditAmount, d.CreditCurrency);

    private static async Task<Results<Ok<List<DocumentDto>>, ValidationProblem>> List(string? order, string? type, string? status, DocumentService documents, CancellationToken ct)
    {
        DocumentType? t = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (!DocumentCodes.TryParse(type, out var parsed))
            {
                return Validation.Problem("type", $"'{type}' is not a document type");
            }

            t = parsed;
        }

        DocumentStatus? s = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<DocumentStatus>(status, ignoreCase: true, out var parsed))
            {
                return Validation.Problem("status", $"'{status}' is not draft or issued");
            }

            s = parsed;
        }

        var rows = await documents.ListAsync(order, t, s, ct);
        return TypedResults.Ok(rows.Select(d => ToDto(d, full: false)).ToList());
    }

    private static async Task<Results<Ok<DocumentDto>, NotFound>> Get(Guid id, DocumentService documents, CancellationToken ct) =>
        await documents.FindAsync(id, ct) is { } d ? TypedResults.Ok(ToDto(d, full: true)) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound, ConflictProblem>> Pdf(Guid id, DocumentService documents, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        return await documents.PdfAsync(id, ct) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", PdfFileName(d))
            : new ConflictProblem("No PDF", $"document {d.Number ?? d.Id.ToString()} is {(d.Number is null ? "a draft: a PDF is made when it is issued" : "issued without a PDF")}");
    }

    /// <summary>The download name of a document's PDF: its number with the amendment's '/' as '-'.</summary>
    public static string PdfFileName(TradeDocument d) => (d.Number ?? "draft-" + d.Id).Replace('/', '-') + ".pdf";

    private static async Task<Results<Ok<List<DocumentDto>>, NotFound, ValidationProblem, ConflictProblem>> Draft(DraftInput input, DocumentService documents,
        DocumentRulesSource rules, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Order))
        {
            return Validation.Problem("order", "the order number is required");
        }

        if (!rules.Rules.Succeeded)
        {
            return new ConflictProblem("Document rules do not load", string.Join("; ", rules.Rules.Errors), rules.Rules.Errors);
        }

        var result = await documents.DraftSetAsync(input.Order, rules.Rules.Value, ct);
        return result is null ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(result.Value.Select(d => ToDto(d, full: true)).ToList())
            : new ConflictProblem("Documents not drafted", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<DocumentDto>, NotFound, ForbidHttpResult, ConflictProblem>> Issue(Guid id, ClaimsPrincipal user, DocumentService documents, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        if (!MayWrite(user, d.Type))
        {
            return TypedResults.Forbid();
        }

        var result = (await documents.IssueAsync(id, ct))!;
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value, full: true))
            : new ConflictProblem("Document not issued", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<List<IssueSetOutcome>>, NotFound, ForbidHttpResult, ValidationProblem>> IssueSet(IssueSetInput input, ClaimsPrincipal user,
        DocumentService documents, CancellationToken ct)
    {
        var ids = input.Ids?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > 50)
        {
            return Validation.Problem("ids", "between 1 and 50 draft ids are required");
        }

        foreach (var id in ids)
        {
            if (await documents.FindAsync(id, ct) is not { } d)
            {
                return TypedResults.NotFound();
            }

            if (!MayWrite(user, d.Type))
            {
                return TypedResults.Forbid();
            }
        }

        var outcomes = await documents.IssueSetAsync(ids, ct);
        return TypedResults.Ok(outcomes.Select(o => o.Outcome!.Succeeded
            ? new IssueSetOutcome(o.Id, true, ToDto(o.Outcome.Value, full: true), [])
            : new IssueSetOutcome(o.Id, false, null, o.Outcome.Errors)).ToList());
    }

    private static async Task<Results<Ok<DocumentDto>, NotFound, ForbidHttpResult, ConflictProblem>> Amend(Guid id, AmendInput input, ClaimsPrincipal user,
        DocumentService documents, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        if (!MayWrite(user, d.Type))
        {
            return TypedResults.Forbid();
        }

        var result = (await documents.AmendAsync(id, input.Reason, input.Content, ct))!;
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value, full: true))
            : new ConflictProblem("Document not amended", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<DocumentDto>, NotFound, ForbidHttpResult, ConflictProblem>> Cancel(Guid id, CancelInput input, ClaimsPrincipal user,
        DocumentService documents, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        if (!MayWrite(user, d.Type))
        {
            return TypedResults.Forbid();
        }

        var result = (await documents.CancelAsync(id, input.Reason, ct))!;
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value, full: true))
            : new ConflictProblem("Document not cancelled", string.Join("; ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<DocumentDto>, NotFound, ForbidHttpResult, ValidationProblem, ConflictProblem>> Credit(Guid id, CreditInput input, ClaimsPrincipal user,
        DocumentService documents, CancellationToken ct)
    {
        if (await documents.FindAsync(id, ct) is not { } d)
        {
            return TypedResults.NotFound();
        }

        if (!MayWrite(user, DocumentType.CreditNote))
        {
            return TypedResults.Forbid();
        }

        if (input.Amount is not { } amount)
        {
            return Validation.Problem("amount", "the amount to credit is required");
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return Validation.Problem("reason", "a credit note needs a reason");
        }

        var result = (await documents.CreditAsync(d.Id, amount, input.Reason, ct))!;
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value, full: true))
            : new ConflictProblem("Credit note not issued", string.Join("; ", result.Errors), result.Errors);
    }

    /// <summary>Commercial documents are the export manager's, transport documents the logistics planner's; an admin may do both.</summary>
    public static bool MayWrite(ClaimsPrincipal user, DocumentType type) =>
        user.IsInRole(Roles.Admin) || (type.IsTransport() ? user.IsInRole(Roles.LogisticsPlanner) : user.IsInRole(Roles.ExportManager));
}

using Corridor.Common;
using Corridor.Documents;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Documents;

/// <summary>
/// The organisation's documents with filters (type, status, order), and drafting the whole set of an order (invoice,
/// packing list, certificate of origin, transport documents of its route) for the roles of the documents-write policy.
/// </summary>
public sealed class IndexModel(DocumentService documents, DocumentRulesSource rules, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<TradeDocument> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Closed { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public bool CanWrite { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostDraftAsync(string? draftOrder, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteDocuments)).Succeeded)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(draftOrder))
        {
            Errors = ["order: give the number of the order whose documents to draft"];
        }
        else if (!rules.Rules.Succeeded)
        {
            Errors = rules.Rules.Errors;
        }
        else
        {
            var result = await documents.DraftSetAsync(draftOrder, rules.Rules.Value, ct);
            if (result is null)
            {
                Errors = [$"order: there is no order {draftOrder.Trim()}"];
            }
            else if (!result.Succeeded)
            {
                Errors = result.Errors;
            }
            else
            {
                Message = $"Drafted {result.Value.Count} documents for order {draftOrder.Trim().ToUpperInvariant()}: {string.Join(", ", result.Value.Select(d => d.Title))}.";
                Order = draftOrder.Trim().ToUpperInvariant();
                Status = null;
                Type = null;
            }
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        DocumentType? type = null;
        DocumentStatus? status = null;
        var errors = Errors.ToList();
        if (!string.IsNullOrWhiteSpace(Type))
        {
            if (DocumentCodes.TryParse(Type, out var t))
            {
                type = t;
            }
            else
            {
                errors.Add($"type: '{Type}' is not a document type");
            }
        }

        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (Enum.TryParse<DocumentStatus>(Status, ignoreCase: true, out var s))
            {
                status = s;
            }
            else
            {
                errors.Add($"status: '{Status}' is not draft or issued");
            }
        }

        Errors = errors;
        Rows = await documents.ListAsync(Order, type, status, ct);
        Closed = await documents.ClosuresAsync(ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteDocuments)).Succeeded;
        return Page();
    }

    public static IReadOnlyList<DocumentType> Types { get; } = Enum.GetValues<DocumentType>();

    public string State(TradeDocument d) => d.Status == DocumentStatus.Draft ? "draft" : Closed.GetValueOrDefault(d.Id, "issued");
}

using Corridor.Compliance;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Compliance;

public sealed class ReviewModel(ReviewService review, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PossibleMatch> Queue { get; private set; } = [];

    public bool CanDecide { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded;
        Queue = await review.QueueAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision, string? reason, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded)
        {
            return Forbid();
        }

        if (!ReviewService.TryParseDecision(decision ?? "", out var d))
        {
            Message = "Choose a decision.";
        }
        else
        {
            var result = await review.DecideAsync(id, d, reason ?? "", ct);
            Message = result is null ? "That match does not exist." : result.Succeeded ? $"Decided: {result.Value.CounterpartyName} – {result.Value.EntryCaption}: {Labels.Match(result.Value.Status)}." : string.Join(" ", result.Errors);
        }

        CanDecide = true;
        Queue = await review.QueueAsync(ct);
        return Page();
    }
}

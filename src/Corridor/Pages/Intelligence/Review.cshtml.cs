using System.Globalization;
using Corridor.Intelligence;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Intelligence;

public sealed class ReviewModel(FactReview review, ArticleIntake intake, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
        [("pending", "waiting for review"), ("accepted", "accepted"), ("rejected", "rejected"), ("merged", "merged into another"), ("all", "all")];

    public IReadOnlyList<CandidateView> Queue { get; private set; } = [];

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IReadOnlyList<ReviewedFact> Facts { get; private set; } = [];

    public Guid? Article { get; private set; }

    public string Status { get; private set; } = "pending";

    public bool CanWrite { get; private set; }

    public string? Message { get; private set; }

    public List<string> Errors { get; } = [];

    public static string Number(decimal value) => value.ToString("#,##0.######", CultureInfo.InvariantCulture);

    public static string Period(DateOnly? from, DateOnly? until) =>
        from is null && until is null ? "not stated" : $"{from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {until?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    public static string StatusLabel(CandidateStatus status) => status switch
    {
        CandidateStatus.Pending => "waiting for review",
        CandidateStatus.Accepted => "accepted",
        CandidateStatus.Rejected => "rejected",
        _ => "merged into another figure",
    };

    public async Task OnGetAsync(Guid? article, string? status, CancellationToken ct) => await LoadAsync(article, status, ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, Guid? article, string? subject, string? metric, string? value, string? unit, DateOnly? from, DateOnly? until, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded)
        {
            return Forbid();
        }

        if (!decimal.TryParse(value?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || Math.Abs(number) >= 1e15m)
        {
            Errors.Add($"Value: '{value}' is not a number (write 1500000 or 1,500,000).");
        }
        else
        {
            FactValues? values = null;
            try
            {
                values = new FactValues(subject ?? "", metric ?? "", number, unit ?? "", from, until);
            }
            catch (ArgumentException e)
            {
                Errors.Add(e.Message.Split(" (Parameter")[0]);
            }

            if (values is not null)
            {
                var result = await review.AcceptAsync(id, values, ct);
                if (result is null) { Errors.Add("That figure does not exist."); }
                else if (!result.Succeeded) { Errors.AddRange(result.Errors); }
                else { Message = $"Accepted: {values.Subject} · {values.Metric} · {Number(values.Value)} {values.Unit} · {Period(values.From, values.Until)} — now reported with {result.Value.Sources.Count} source(s)."; }
            }
        }

        await LoadAsync(article, "pending", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, Guid? article, string? reason, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded)
        {
            return Forbid();
        }

        var result = await review.RejectAsync(id, reason, ct);
        if (result is null) { Errors.Add("That figure does not exist."); }
        else if (!result.Succeeded) { Errors.AddRange(result.Errors); }
        else { Message = $"Rejected “{result.Value.FigureText}”: {result.Value.RejectReason}"; }

        await LoadAsync(article, "pending", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid? article, Guid fact, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded)
        {
            return Forbid();
        }

        var result = await review.MergeAsync(id, fact, ct);
        if (result is null) { Errors.Add("That figure or the figure to merge into does not exist."); }
        else if (!result.Succeeded) { Errors.AddRange(result.Errors); }
        else { Message = $"Merged: {result.Value.Fact.Subject} · {result.Value.Fact.Metric} · {Number(result.Value.Fact.Value)} {result.Value.Fact.Unit} now has {result.Value.Sources.Count} source(s)."; }

        await LoadAsync(article, "pending", ct);
        return Page();
    }

    private async Task LoadAsync(Guid? article, string? status, CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded;
        Article = article;
        Status = Statuses.Any(s => s.Value == status) ? status! : "pending";
        CandidateStatus? s = Status == "all" ? null : Enum.Parse<CandidateStatus>(Status, ignoreCase: true);
        Queue = await review.QueueAsync(s, article, 500, ct);
        Articles = await intake.ListAsync(ct);
        Facts = (await review.FactsAsync(null, ct)).Select(f => f.Fact).ToList();
    }
}

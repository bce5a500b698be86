using Corridor.Intelligence;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Intelligence;

public sealed class ArticlesModel(ArticleIntake intake, FactReview review, IAuthorizationService authorization) : PageModel
{
    /// <summary>Largest upload read (characters of text); the pasted text has the same bound.</summary>
    private const int MaxUpload = 100_000;

    public IReadOnlyList<Article> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> Pending { get; private set; } = new Dictionary<Guid, int>();

    public bool CanWrite { get; private set; }

    public string? Message { get; private set; }

    public List<string> Errors { get; } = [];

    public string? Source { get; private set; }

    public string? Publisher { get; private set; }

    public DateOnly? Published { get; private set; }

    public string? Language { get; private set; }

    public string? Text { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? source, string? publisher, DateOnly? published, string? language, string? text, IFormFile? file, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded)
        {
            return Forbid();
        }

        (Source, Publisher, Published, Language, Text) = (source, publisher, published, language, text);
        var content = text;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxUpload * 4L)
            {
                Errors.Add($"file: {file.FileName} is larger than {MaxUpload * 4 / 1000:N0} kB.");
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream());
                content = await reader.ReadToEndAsync(ct);
                source = string.IsNullOrWhiteSpace(source) ? Path.GetFileName(file.FileName) : source;
            }
        }

        if (string.IsNullOrWhiteSpace(content) && Errors.Count == 0)
        {
            Errors.Add("text: paste the article's text or choose a file.");
        }
        else if (content is { Length: > MaxUpload })
        {
            Errors.Add($"text: {content.Length:N0} characters, at most {MaxUpload:N0}.");
        }

        if (Errors.Count == 0)
        {
            var result = await intake.ImportAsync(new ArticleInput(string.IsNullOrWhiteSpace(source) ? "pasted text" : source, publisher, published, language, content!), ct);
            if (!result.Succeeded)
            {
                Errors.AddRange(result.Errors);
            }
            else
            {
                var r = result.Value;
                Message = r.Created
                    ? $"Taken in: “{r.Article.Title}” — {r.Candidates} figure(s) wait in the review queue."
                    : $"Already taken in on {r.Article.ImportedAt.UtcDateTime:yyyy-MM-dd} (same text): nothing changed; {r.Candidates} figure(s) still wait for review.";
                (Source, Publisher, Published, Language, Text) = (null, null, null, null, null);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteIntelligence)).Succeeded;
        Rows = await intake.ListAsync(ct);
        Pending = (await review.QueueAsync(CandidateStatus.Pending, null, 5000, ct)).GroupBy(v => v.Candidate.ArticleId).ToDictionary(g => g.Key, g => g.Count());
    }
}

using Corridor.Common;
using Corridor.Intelligence.Extraction;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Intelligence;

/// <summary>
/// Articles of the acting organisation: takes one in (HTML reduced to its main text; the same text again is the same
/// article, nothing written), extracts its candidate figures with <see cref="FigureExtractor"/> against the
/// organisation's makers and models, the markets and the corridor branches, and stores them for review. Extracting
/// again (a new extractor version) replaces the pending candidates only; decided ones stay, and a figure already
/// decided is not proposed again.
/// </summary>
public sealed class ArticleIntake(CorridorDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Result<ArticleImport>> ImportAsync(ArticleInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = input.Html ?? HtmlArticle.LooksLikeHtml(input.Content ?? "");
        var page = html ? HtmlArticle.Read(input.Content ?? "") : null;
        var published = input.Published ?? page?.Published;
        if (published is null)
        {
            return Result<ArticleImport>.Failure("published: the publication date is required (yyyy-MM-dd); relative periods are read against it.");
        }

        Article article;
        try
        {
            article = new Article(input.Source, input.Publisher ?? page?.Publisher, published.Value, input.Language ?? page?.Language, page?.Text ?? input.Content ?? "", actor.Name, clock.GetUtcNow());
        }
        catch (ArgumentException e)
        {
            return Result<ArticleImport>.Failure($"{e.ParamName}: {e.Message}");
        }

        if (await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Sha256 == article.Sha256, ct) is { } existing)
        {
            var pending = await db.FactCandidates.CountAsync(c => c.ArticleId == existing.Id && c.Status == CandidateStatus.Pending, ct);
            return Result<ArticleImport>.Success(new ArticleImport(existing, false, pending));
        }

        db.Articles.Add(article);
        var candidates = await ProposeAsync(article, ct);
        await db.SaveChangesAsync(ct);
        return Result<ArticleImport>.Success(new ArticleImport(article, true, candidates));
    }

    /// <summary>Runs the extractor on a stored article again; null when the article does not exist.</summary>
    public async Task<ArticleImport?> ExtractAsync(Guid articleId, CancellationToken ct = default)
    {
        if (await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct) is not { } article)
        {
            return null;
        }

        var candidates = await ProposeAsync(article, ct);
        await db.SaveChangesAsync(ct);
        return new ArticleImport(article, false, candidates);
    }

    public Task<List<Article>> ListAsync(CancellationToken ct = default) =>
        db.Articles.AsNoTracking().OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Source).ToListAsync(ct);

    public Task<Article?> FindAsync(Guid id, CancellationToken ct = default) => db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The reference names figures are linked to: the organisation's makers and models, the markets, the corridor branches.</summary>
    public async Task<SubjectDictionary> SubjectsAsync(CancellationToken ct = default)
    {
        var entries = new List<SubjectEntry>();
        foreach (var m in await db.Makers.AsNoTracking().ToListAsync(ct))
        {
            entries.Add(new SubjectEntry(m.Code, SubjectKind.Maker, [m.Name, m.Name.Replace(' ', '-'), m.Code]));
        }

        foreach (var m in await db.VehicleModels.AsNoTracking().Include(v => v.Maker).ToListAsync(ct))
        {
            entries.Add(new SubjectEntry(m.Code, SubjectKind.Model, [m.Name], m.Maker?.Code));
        }

        foreach (var m in await db.Markets.AsNoTracking().ToListAsync(ct))
        {
            entries.Add(new SubjectEntry(m.Iso2, SubjectKind.Market, [m.Name, m.Name + "n", m.Name + "ian", m.Name.TrimEnd('a') + "ian"]));
        }

        foreach (var b in new[] { "eastern", "western", "trans_caspian" })
        {
            entries.Add(new SubjectEntry(b, SubjectKind.Branch, [b, b.Replace('_', '-')]));
        }

        return new SubjectDictionary(entries);
    }

    private async Task<int> ProposeAsync(Article article, CancellationToken ct)
    {
        var result = FigureExtractor.Extract(article.Text, article.PublishedOn, await SubjectsAsync(ct));
        var existing = await db.FactCandidates.Where(c => c.ArticleId == article.Id).ToListAsync(ct);
        db.FactCandidates.RemoveRange(existing.Where(c => c.Status == CandidateStatus.Pending));
        var decided = existing.Where(c => c.Status != CandidateStatus.Pending).Select(c => (c.FigureStart, c.FigureLength)).ToHashSet();
        var added = 0;
        foreach (var figure in result.Candidates.Where(f => !decided.Contains((f.Start, f.Length))))
        {
            db.FactCandidates.Add(new FactCandidate(article.Id, result.ExtractorVersion, figure));
            added++;
        }

        article.MarkExtracted(result.ExtractorVersion, clock.GetUtcNow());
        return added;
    }
}

using Corridor.Analytics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Intelligence;

/// <summary>
/// The reported figures an organisation sees (decision 030): its reviewed facts, each with the quote, article and
/// offsets of its first source, and the shared rows of reported-figures.csv whose statement (subject, metric, period,
/// value, unit) no reviewed fact states. A reviewed fact that states a reference row takes the row's id as its key,
/// so a page that showed the row shows the fact in its place.
/// </summary>
public static class ReportedFigureBoard
{
    public static async Task<List<ReportedView>> ListAsync(CorridorDbContext db, IReadOnlyCollection<string>? metrics = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reference = db.ReportedFigures.AsNoTracking();
        var reviewedQuery = db.ReviewedFacts.AsNoTracking();
        if (metrics is not null)
        {
            reference = reference.Where(f => metrics.Contains(f.Metric));
            reviewedQuery = reviewedQuery.Where(f => metrics.Contains(f.Metric));
        }

        var rows = await reference.ToListAsync(ct);
        var reviewed = await reviewedQuery.ToListAsync(ct);
        var referenceKeys = rows.GroupBy(r => StatementId.Of(r.Subject, r.Metric, r.PeriodFrom, r.PeriodUntil, r.Value, r.Unit)).ToDictionary(g => g.Key, g => g.First().Key);
        var ids = reviewed.Select(f => f.Id).ToList();
        var sources = await db.FactCandidates.AsNoTracking().Where(c => c.FactId != null && ids.Contains(c.FactId.Value))
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { c.FactId, c.ArticleId, c.SentenceStart, c.SentenceLength, c.ExtractorVersion, c.ReviewedAt, a.Source, a.Text })
            .ToListAsync(ct);
        var byFact = sources.GroupBy(s => s.FactId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(s => s.ReviewedAt).ToList());

        var result = new List<ReportedView>();
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in reviewed)
        {
            if (!byFact.TryGetValue(f.Id, out var list) || list.Count == 0)
            {
                continue;
            }

            var first = list[0];
            stated.Add(f.StatementId);
            result.Add(new ReportedView(referenceKeys.GetValueOrDefault(f.StatementId, f.StatementId), f.Subject, f.Metric, f.Value, f.Unit, f.PeriodFrom, f.PeriodUntil,
                first.Text.Substring(first.SentenceStart, first.SentenceLength), string.Join("; ", list.Select(s => s.Source).Distinct()))
            {
                Origin = "reviewed",
                Sources = list.Select(s => s.ArticleId).Distinct().Count(),
                ArticleId = first.ArticleId,
                SentenceStart = first.SentenceStart,
                SentenceLength = first.SentenceLength,
                ExtractorVersion = first.ExtractorVersion,
            });
        }

        foreach (var r in rows)
        {
            if (!stated.Contains(StatementId.Of(r.Subject, r.Metric, r.PeriodFrom, r.PeriodUntil, r.Value, r.Unit)))
            {
                result.Add(new ReportedView(r.Key, r.Subject, r.Metric, r.Value, r.Unit, r.PeriodFrom, r.PeriodUntil, r.Quote, r.Source) { Assumption = r.Assumption });
            }
        }

        return result;
    }
}

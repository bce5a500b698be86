using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary><c>corridor facts list [--subject S] [--conflicts]</c>: one row per fact and source (article, sentence offsets, extractor).</summary>
public sealed class FactsListCommand : Command
{
    private readonly Option<string?> _subject = new("--subject") { Description = "Only facts of this subject" };
    private readonly Option<bool> _conflicts = new("--conflicts") { Description = "Only facts in conflict: same subject, metric and period, another value" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public FactsListCommand()
        : base("list", "Reviewed facts, one row per source")
    {
        Options.Add(_subject);
        Options.Add(_conflicts);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction((parse, ct) => IntelligenceScope.RunAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(_organisation), async sp =>
        {
            var review = sp.GetRequiredService<FactReview>();
            var facts = parse.GetValue(_conflicts)
                ? (await review.ConflictsAsync(ct)).SelectMany(c => c.Facts).Where(f => parse.GetValue(_subject) is not { } s || f.Fact.Subject == s).ToList()
                : await review.FactsAsync(parse.GetValue(_subject), ct);
            var rows = facts.SelectMany(f => f.Sources.Select(s => (f.Fact, Source: s))).ToList();
            Output.Write(parse.GetValue(_format), rows,
                Output.Col<(ReviewedFact Fact, FactSource Source)>("statement", r => r.Fact.StatementId),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("subject", r => r.Fact.Subject),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("metric", r => r.Fact.Metric),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("value", r => r.Fact.Value),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("unit", r => r.Fact.Unit),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("from", r => r.Fact.PeriodFrom?.ToString("yyyy-MM-dd")),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("until", r => r.Fact.PeriodUntil?.ToString("yyyy-MM-dd")),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("article", r => r.Source.ArticleSource),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("sentence", r => $"{r.Source.SentenceStart}+{r.Source.SentenceLength}"),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("extractor", r => r.Source.ExtractorVersion),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("reviewer", r => r.Source.ReviewedBy),
                Output.Col<(ReviewedFact Fact, FactSource Source)>("quote", r => r.Source.Quote));
            return ExitCodes.Ok;
        }, ct));
    }
}

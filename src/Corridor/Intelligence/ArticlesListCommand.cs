using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary><c>corridor articles list</c>: the organisation's articles with their SHA-256 and how many figures wait for review.</summary>
public sealed class ArticlesListCommand : Command
{
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ArticlesListCommand()
        : base("list", "The organisation's articles")
    {
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction((parse, ct) => IntelligenceScope.RunAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(_organisation), async sp =>
        {
            var articles = await sp.GetRequiredService<ArticleIntake>().ListAsync(ct);
            var pending = (await sp.GetRequiredService<FactReview>().QueueAsync(CandidateStatus.Pending, null, 5000, ct)).GroupBy(v => v.Candidate.ArticleId).ToDictionary(g => g.Key, g => g.Count());
            Output.Write(parse.GetValue(_format), articles,
                Output.Col<Article>("id", a => a.Id), Output.Col<Article>("published", a => a.PublishedOn.ToString("yyyy-MM-dd")),
                Output.Col<Article>("publisher", a => a.Publisher), Output.Col<Article>("source", a => a.Source), Output.Col<Article>("title", a => a.Title),
                Output.Col<Article>("characters", a => a.Text.Length), Output.Col<Article>("sha256", a => a.Sha256),
                Output.Col<Article>("extractor", a => a.ExtractorVersion), Output.Col<Article>("pending", a => pending.GetValueOrDefault(a.Id)));
            return ExitCodes.Ok;
        }, ct));
    }
}

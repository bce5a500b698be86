using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary><c>corridor articles extract ID|--all</c>: reads stored articles with the current extractor again (pending candidates replaced, decided ones kept).</summary>
public sealed class ArticlesExtractCommand : Command
{
    private readonly Argument<Guid?> _id = new("ID") { Description = "Article id", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _all = new("--all") { Description = "Every article of the organisation" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ArticlesExtractCommand()
        : base("extract", "Read stored articles for figures again with the current extractor")
    {
        Arguments.Add(_id);
        Options.Add(_all);
        Options.Add(_organisation);
        Options.Add(_format);
        Validators.Add(r =>
        {
            if (r.GetValue(_id) is null == !r.GetValue(_all))
            {
                r.AddError("give an article ID or --all (not both)");
            }
        });
        SetAction((parse, ct) => IntelligenceScope.RunAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(_organisation), async sp =>
        {
            var intake = sp.GetRequiredService<ArticleIntake>();
            var ids = parse.GetValue(_id) is { } one ? [one] : (await intake.ListAsync(ct)).Select(a => a.Id).ToList();
            var rows = new List<ArticleImport>();
            foreach (var id in ids)
            {
                rows.Add(await intake.ExtractAsync(id, ct) ?? throw new CliException(ExitCodes.NotFound, $"no article '{id}'"));
            }

            Output.Write(parse.GetValue(_format), rows,
                Output.Col<ArticleImport>("article", r => r.Article.Id), Output.Col<ArticleImport>("title", r => r.Article.Title),
                Output.Col<ArticleImport>("extractor", r => r.Article.ExtractorVersion), Output.Col<ArticleImport>("pending", r => r.Candidates));
            return ExitCodes.Ok;
        }, ct));
    }
}

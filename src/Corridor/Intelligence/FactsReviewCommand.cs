using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary>
/// <c>corridor facts review [CANDIDATE] [--accept [--subject … --metric … --value … --unit … --from … --until …] | --reject --reason R | --merge FACT]</c>:
/// without a candidate, the queue; with one, the decision (fields not given keep the extractor's proposal).
/// </summary>
public sealed class FactsReviewCommand : Command
{
    private readonly Argument<Guid?> _id = new("CANDIDATE") { Description = "Candidate id (omit to list the queue)", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _accept = new("--accept") { Description = "Accept, as proposed or with the fields given" };
    private readonly Option<bool> _reject = new("--reject") { Description = "Reject (needs --reason)" };
    private readonly Option<Guid?> _merge = new("--merge") { Description = "Merge into this reviewed fact (id)" };
    private readonly Option<string?> _reason = new("--reason") { Description = "Why it is rejected" };
    private readonly Option<string?> _subject = new("--subject");
    private readonly Option<string?> _metric = new("--metric");
    private readonly Option<decimal?> _value = new("--value");
    private readonly Option<string?> _unit = new("--unit");
    private readonly Option<DateOnly?> _from = new("--from") { Description = "Period start (yyyy-MM-dd, included)" };
    private readonly Option<DateOnly?> _until = new("--until") { Description = "Period end (yyyy-MM-dd, not included)" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public FactsReviewCommand()
        : base("review", "The review queue; with a candidate id, accept (optionally edited), reject with a reason, or merge it")
    {
        Arguments.Add(_id);
        foreach (var option in new Option[] { _accept, _reject, _merge, _reason, _subject, _metric, _value, _unit, _from, _until, _organisation, _format })
        {
            Options.Add(option);
        }

        Validators.Add(r =>
        {
            var decisions = (r.GetValue(_accept) ? 1 : 0) + (r.GetValue(_reject) ? 1 : 0) + (r.GetValue(_merge) is null ? 0 : 1);
            if (r.GetValue(_id) is null ? decisions > 0 : decisions != 1)
            {
                r.AddError("give a CANDIDATE with exactly one of --accept, --reject, --merge (or neither to list the queue)");
            }
            else if (r.GetValue(_reject) && string.IsNullOrWhiteSpace(r.GetValue(_reason)))
            {
                r.AddError("--reject needs --reason");
            }
        });
        SetAction((parse, ct) => IntelligenceScope.RunAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(_organisation), sp => RunAsync(parse, sp.GetRequiredService<FactReview>(), ct), ct));
    }

    private async Task<int> RunAsync(ParseResult parse, FactReview review, CancellationToken ct)
    {
        var format = parse.GetValue(_format);
        if (parse.GetValue(_id) is not { } id)
        {
            var queue = await review.QueueAsync(CandidateStatus.Pending, null, 5000, ct);
            Output.Write(format, queue,
                Output.Col<CandidateView>("candidate", v => v.Candidate.Id), Output.Col<CandidateView>("article", v => v.ArticleSource),
                Output.Col<CandidateView>("figure", v => v.Candidate.FigureText), Output.Col<CandidateView>("value", v => v.Candidate.Value),
                Output.Col<CandidateView>("unit", v => v.Candidate.Unit), Output.Col<CandidateView>("subject", v => v.Candidate.Subject),
                Output.Col<CandidateView>("metric", v => v.Candidate.Metric), Output.Col<CandidateView>("from", v => v.Candidate.PeriodFrom?.ToString("yyyy-MM-dd")),
                Output.Col<CandidateView>("until", v => v.Candidate.PeriodUntil?.ToString("yyyy-MM-dd")), Output.Col<CandidateView>("sentence", v => v.Sentence));
            return ExitCodes.Ok;
        }

        var view = await review.FindAsync(id, ct) ?? throw new CliException(ExitCodes.NotFound, $"no candidate '{id}'");
        var c = view.Candidate;
        Common.Result<FactView>? decided;
        if (parse.GetValue(_reject))
        {
            var rejected = (await review.RejectAsync(id, parse.GetValue(_reason), ct))!;
            if (!rejected.Succeeded)
            {
                throw new CliException(ExitCodes.Conflict, string.Join("\n", rejected.Errors));
            }

            Console.WriteLine($"rejected {c.FigureText}: {rejected.Value.RejectReason}");
            return ExitCodes.Ok;
        }

        if (parse.GetValue(_merge) is { } fact)
        {
            decided = await review.MergeAsync(id, fact, ct) ?? throw new CliException(ExitCodes.NotFound, $"no reviewed fact '{fact}'");
        }
        else
        {
            FactValues values;
            try
            {
                values = new FactValues(parse.GetValue(_subject) ?? c.Subject ?? "", parse.GetValue(_metric) ?? c.Metric, parse.GetValue(_value) ?? c.Value,
                    parse.GetValue(_unit) ?? c.Unit, parse.GetValue(_from) ?? c.PeriodFrom, parse.GetValue(_until) ?? c.PeriodUntil);
            }
            catch (ArgumentException e)
            {
                throw new CliException(ExitCodes.InvalidInput, $"{e.ParamName}: {e.Message.Split(" (Parameter")[0]}");
            }

            decided = (await review.AcceptAsync(id, values, ct))!;
        }

        if (!decided.Succeeded)
        {
            throw new CliException(ExitCodes.Conflict, string.Join("\n", decided.Errors));
        }

        var f = decided.Value.Fact;
        Output.Write(format, [decided.Value],
            Output.Col<FactView>("fact", v => v.Fact.Id), Output.Col<FactView>("statement", v => v.Fact.StatementId),
            Output.Col<FactView>("subject", _ => f.Subject), Output.Col<FactView>("metric", _ => f.Metric), Output.Col<FactView>("value", _ => f.Value),
            Output.Col<FactView>("unit", _ => f.Unit), Output.Col<FactView>("sources", v => v.Sources.Count));
        return ExitCodes.Ok;
    }
}

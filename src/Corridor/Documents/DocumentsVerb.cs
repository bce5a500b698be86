using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Documents;

/// <summary>One verb of <c>corridor documents</c>: parses its target, options and organisation, then runs its action with the scope's <see cref="DocumentService"/>.</summary>
public sealed class DocumentsVerb : Command
{
    private readonly Argument<string> _target;
    private readonly Option<string?> _reason = new("--reason") { Description = "Why (cancel, amend, credit)" };
    private readonly Option<decimal?>? _amount;
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();
    private readonly Option<string?>? _output;
    private readonly Func<DocumentService, Input, CancellationToken, Task<int>> _action;

    /// <param name="output">Whether the verb writes a file named by <c>-o/--output</c> (relative to the working directory).</param>
    /// <param name="amount">Whether the verb needs <c>--amount</c> (credit).</param>
    public DocumentsVerb(string name, string description, bool targetRequired, Func<DocumentService, Input, CancellationToken, Task<int>> action, bool output = false,
        bool amount = false)
        : base(name, description)
    {
        _action = action;
        _target = new Argument<string>(targetRequired ? "TARGET" : "ORDER") { Description = "Order number, document id or document number", Arity = targetRequired ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne };
        Arguments.Add(_target);
        Options.Add(_reason);
        Options.Add(_organisation);
        Options.Add(_format);
        if (output)
        {
            _output = new Option<string?>("--output", "-o") { Description = "File to write (relative to the working directory)", Required = true };
            Options.Add(_output);
        }

        if (amount)
        {
            _amount = new Option<decimal?>("--amount") { Description = "Amount to credit, in the invoice's currency (a point for the decimals)", Required = true };
            Options.Add(_amount);
        }

        SetAction(RunAsync);
    }

    /// <summary>What the verb was given.</summary>
    public sealed record Input(string? Target, string? Reason, OutputFormat Format, string? Output = null, decimal? Amount = null);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var documents = scope.ServiceProvider.GetRequiredService<DocumentService>();
        return await _action(documents, new Input(parse.GetValue(_target), parse.GetValue(_reason), parse.GetValue(_format), _output is null ? null : parse.GetValue(_output),
            _amount is null ? null : parse.GetValue(_amount)), ct);
    }
}

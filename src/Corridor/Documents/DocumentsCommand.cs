using System.CommandLine;
using Corridor.Cli;
using Corridor.MarketAccess;

namespace Corridor.Documents;

/// <summary>
/// <c>corridor documents list|draft|issue|show|pdf|cancel|amend|credit</c>. The command line acts with the operator's full
/// rights, as for imports. Issuing renders the PDF with Chromium (CORRIDOR_CHROMIUM, default /usr/bin/chromium).
/// </summary>
public sealed class DocumentsCommand : Command
{
    public DocumentsCommand()
        : base("documents", "Export documents: draft an order's set, issue (gates, cross-checks, numbering), show, amend, cancel")
    {
        Subcommands.Add(new DocumentsVerb("list", "Documents, optionally of one order", false, ListAsync));
        Subcommands.Add(new DocumentsVerb("draft", "Draft every document an order needs (ORDER)", true, DraftAsync));
        Subcommands.Add(new DocumentsVerb("issue", "Issue a draft (ID): exit 5 with every reason when a gate or cross-check refuses", true, IssueAsync));
        Subcommands.Add(new DocumentsVerb("issue-set", "Issue every draft of an order (ORDER) in one call, the PDFs printed at once: exit 5 with every reason when any is refused (the others are issued)", true, IssueSetAsync));
        Subcommands.Add(new DocumentsVerb("show", "One document (ID or number) with its content and snapshot", true, ShowAsync));
        Subcommands.Add(new DocumentsVerb("pdf", "Write an issued document's PDF (ID or number), as stored at issue, to -o FILE", true, PdfAsync, output: true));
        Subcommands.Add(new DocumentsVerb("cancel", "Cancel an issued document (ID) by issuing a cancellation; needs --reason", true, CancelAsync));
        Subcommands.Add(new DocumentsVerb("credit", "Credit an issued commercial invoice (ID) by issuing a credit note; needs --amount and --reason", true, CreditAsync, amount: true));
        Subcommands.Add(new DocumentsVerb("amend", "Draft an amendment (number/A1) of an issued document (ID); needs --reason", true, AmendAsync));
    }

    private static async Task<int> ListAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct)
    {
        var rows = await documents.ListAsync(input.Target, ct: ct);
        Print(input.Format, rows);
        return ExitCodes.Ok;
    }

    private static async Task<int> DraftAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct)
    {
        var rules = new DocumentRulesSource().Rules;
        if (!rules.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, string.Join("\n", rules.Errors));
        }

        var result = await documents.DraftSetAsync(input.Target!, rules.Value, ct) ?? throw new CliException(ExitCodes.NotFound, $"no order '{input.Target}'");
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.Conflict, "documents not drafted:\n  " + string.Join("\n  ", result.Errors));
        }

        Print(input.Format, result.Value);
        return ExitCodes.Ok;
    }

    private static Task<int> IssueAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct) =>
        WriteAsync(documents, input, "not issued", (id, c) => documents.IssueAsync(id, c), ct);

    private static async Task<int> IssueSetAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct)
    {
        var drafts = (await documents.ListAsync(input.Target, status: DocumentStatus.Draft, ct: ct)).Where(d => d.Type is not (DocumentType.Cancellation or DocumentType.CreditNote))
            .OrderBy(d => d.Type).ToList(); // commercial documents first, then transport (stable: drafting order within a type)
        if (drafts.Count == 0)
        {
            throw new CliException(ExitCodes.NotFound, $"order '{input.Target}' has no drafts to issue");
        }

        var outcomes = await documents.IssueSetAsync(drafts.Select(d => d.Id).ToList(), ct);
        Print(input.Format, outcomes.Where(o => o.Outcome is { Succeeded: true }).Select(o => o.Outcome!.Value).ToList());
        var refused = outcomes.Where(o => o.Outcome is not { Succeeded: true }).ToList();
        if (refused.Count > 0)
        {
            throw new CliException(ExitCodes.Conflict, string.Join("\n", refused.Select(r =>
                $"document {r.Id} ({drafts.Single(d => d.Id == r.Id).Title}) not issued:\n  " + string.Join("\n  ", r.Outcome?.Errors ?? ["not found"]))));
        }

        return ExitCodes.Ok;
    }

    private static Task<int> CancelAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct) =>
        WriteAsync(documents, input, "not cancelled", (id, c) => documents.CancelAsync(id, input.Reason ?? "", c), ct);

    private static Task<int> CreditAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct) =>
        WriteAsync(documents, input, "not credited", (id, c) => documents.CreditAsync(id, input.Amount!.Value, input.Reason ?? "", c), ct);

    private static Task<int> AmendAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct) =>
        WriteAsync(documents, input, "not amended", (id, c) => documents.AmendAsync(id, input.Reason ?? "", null, c), ct);

    private static async Task<int> ShowAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct)
    {
        var document = await FindAsync(documents, input.Target!, ct);
        if (input.Format == OutputFormat.Json)
        {
            Output.WriteJson(new { document.Id, type = document.Type.ToText(), status = document.Status.ToString().ToLowerInvariant(), document.OrderNumber, document.Title,
                document.Number, document.Sha256, document.PdfSha256, document.IssuedAt, document.IssuedBy, content = document.ContentJson, snapshot = document.SnapshotJson });
        }
        else
        {
            Print(input.Format, [document]);
            Console.WriteLine(document.SnapshotJson ?? document.ContentJson);
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> PdfAsync(DocumentService documents, DocumentsVerb.Input input, CancellationToken ct)
    {
        var document = await FindAsync(documents, input.Target!, ct);
        var pdf = await documents.PdfAsync(document.Id, ct)
            ?? throw new CliException(ExitCodes.Conflict, $"document {document.Number ?? document.Id.ToString()} has no PDF ({(document.Number is null ? "a draft: issue it first" : "issued without one")})");
        var path = Path.GetFullPath(input.Output!);
        await File.WriteAllBytesAsync(path, pdf, ct);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        if (input.Format == OutputFormat.Json)
        {
            Output.WriteJson(new { document.Id, document.Number, file = path, bytes = pdf.Length, sha256 });
        }
        else
        {
            Console.WriteLine($"{document.Number}: {pdf.Length} bytes to {path} (SHA-256 {sha256})");
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> WriteAsync(DocumentService documents, DocumentsVerb.Input input, string failed,
        Func<Guid, CancellationToken, Task<Common.Result<TradeDocument>?>> write, CancellationToken ct)
    {
        var document = await FindAsync(documents, input.Target!, ct);
        var result = (await write(document.Id, ct))!;
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.Conflict, $"document {document.Number ?? document.Id.ToString()} {failed}:\n  " + string.Join("\n  ", result.Errors));
        }

        Print(input.Format, [result.Value]);
        return ExitCodes.Ok;
    }

    private static async Task<TradeDocument> FindAsync(DocumentService documents, string target, CancellationToken ct) =>
        (Guid.TryParse(target, out var id) ? await documents.FindAsync(id, ct) : await documents.FindByNumberAsync(target, ct))
        ?? throw new CliException(ExitCodes.NotFound, $"no document '{target}'");

    private static void Print(OutputFormat format, IReadOnlyCollection<TradeDocument> rows) =>
        Output.Write(format, rows,
            Output.Col<TradeDocument>("id", d => d.Id),
            Output.Col<TradeDocument>("type", d => d.Type.ToText()),
            Output.Col<TradeDocument>("status", d => d.Status.ToString().ToLowerInvariant()),
            Output.Col<TradeDocument>("order", d => d.OrderNumber),
            Output.Col<TradeDocument>("number", d => d.Number),
            Output.Col<TradeDocument>("title", d => d.Title),
            Output.Col<TradeDocument>("sha256", d => d.Sha256));
}

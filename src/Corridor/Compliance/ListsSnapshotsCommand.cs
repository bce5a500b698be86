using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Compliance;

/// <summary><c>corridor lists snapshots [--source S]</c>: the imported snapshots with their deltas.</summary>
public sealed class ListsSnapshotsCommand : Command
{
    private readonly Option<string?> _source = new("--source") { Description = "Only this source" };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ListsSnapshotsCommand()
        : base("snapshots", "List the imported list snapshots, newest first per source, with what changed against the previous one")
    {
        Options.Add(_source);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.SharedScopeAsync(ct);
        var snapshots = await scope.ServiceProvider.GetRequiredService<SnapshotStore>().ListAsync(parse.GetValue(_source), ct);
        Output.Write(parse.GetValue(_format), snapshots,
            Output.Col<ListSnapshot>("source", s => s.Source), Output.Col<ListSnapshot>("id", s => s.Id),
            Output.Col<ListSnapshot>("active", s => s.IsActive), Output.Col<ListSnapshot>("published", s => s.PublishedOn),
            Output.Col<ListSnapshot>("imported_at", s => s.ImportedAt), Output.Col<ListSnapshot>("imported_by", s => s.ImportedBy),
            Output.Col<ListSnapshot>("entries", s => s.EntryCount), Output.Col<ListSnapshot>("added", s => s.AddedCount),
            Output.Col<ListSnapshot>("removed", s => s.RemovedCount), Output.Col<ListSnapshot>("changed", s => s.ChangedCount),
            Output.Col<ListSnapshot>("sha256", s => s.ContentHash[..12]));
        return ExitCodes.Ok;
    }
}

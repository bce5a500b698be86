using System.CommandLine;
using System.Text;
using Corridor.Cli;
using Corridor.Storage;

namespace Corridor.Import;

/// <summary><c>corridor export --output DIR</c>: writes the stored data in the formats <c>corridor import</c> reads.</summary>
public sealed class ExportCommand : Command
{
    private readonly Option<string> _output = new("--output", "-o") { Description = "Folder to write the files into (created if missing)", Required = true };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ExportCommand()
        : base("export", "Export reference data and, with --organisation, that organisation's catalogue, as the CSV files import reads")
    {
        Options.Add(_output);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        var organisation = parse.GetValue(_organisation);
        await using var scope = organisation is null ? await services.SharedScopeAsync(ct) : await services.ScopeAsync(organisation, ct);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var folder = parse.GetRequiredValue(_output);
        Directory.CreateDirectory(folder);

        var written = new List<(string File, int Rows)>();
        foreach (var exporter in scope.ServiceProvider.GetServices<IDatasetImporter>().OfType<IDatasetExporter>())
        {
            if (exporter.OrganisationScoped && organisation is null)
            {
                continue;
            }

            var path = Path.Combine(folder, exporter.FileName);
            await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            written.Add((exporter.FileName, await exporter.ExportAsync(db, writer, ct)));
        }

        Output.Write(parse.GetValue(_format), written, Output.Col<(string File, int Rows)>("file", w => w.File), Output.Col<(string File, int Rows)>("rows", w => w.Rows));
        return ExitCodes.Ok;
    }
}

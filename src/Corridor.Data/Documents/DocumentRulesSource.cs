using Corridor.Common;

namespace Corridor.Documents;

/// <summary>
/// The document rules the server drafts with, read once from <c>CORRIDOR_REFERENCE_DATA</c> or else from the first
/// <c>data/reference</c> folder above the working or program directory. A failure names the file, line and field.
/// </summary>
public sealed class DocumentRulesSource
{
    public const string FolderVariable = "CORRIDOR_REFERENCE_DATA";

    private readonly Lazy<Result<DocumentRuleSet>> _rules = new(Load);

    public Result<DocumentRuleSet> Rules => _rules.Value;

    private static Result<DocumentRuleSet> Load()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } f ? f : Find();
        return folder is null
            ? Result<DocumentRuleSet>.Failure($"no data/reference folder with {DocumentRuleSet.LegFile} found; set {FolderVariable}")
            : DocumentRuleSet.Load(folder);
    }

    private static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "reference");
                if (File.Exists(Path.Combine(candidate, DocumentRuleSet.LegFile)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

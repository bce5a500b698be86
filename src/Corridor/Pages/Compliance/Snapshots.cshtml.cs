using Corridor.Compliance;
using Corridor.Compliance.Lists;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corridor.Pages.Compliance;

/// <summary>
/// The list snapshots per source and the delta of one; the operator (lists are shared reference data, decision 027)
/// uploads a published list file here and sees what it added, removed and changed. The upload runs the same import as
/// <c>corridor lists import</c>: a malformed file imports nothing and the previous snapshot stays active (decision 036).
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class SnapshotsModel(SnapshotStore store, ListImportService import, IAuthorizationService authorization) : PageModel
{
    /// <summary>The largest upload: the published lists are tens of MB (OpenSanctions' sanctions set about 150 MB).</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    /// <summary>Each source as people name it, with the files its published form consists of.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Files, bool Folder)> Sources = new Dictionary<string, (string, string, bool)>
    {
        [ListSource.OfacSdn] = ("OFAC Specially Designated Nationals (SDN) list", "sdn.csv, with alt.csv, add.csv and sdn_comments.csv if you have them", true),
        [ListSource.OfacConsolidated] = ("OFAC consolidated (non-SDN) lists", "cons_prim.csv, with cons_alt.csv, cons_add.csv and cons_comments.csv if you have them", true),
        [ListSource.Un] = ("UN Security Council consolidated list", "one XML file (consolidated.xml)", false),
        [ListSource.OpenSanctions] = ("OpenSanctions entities", "one FollowTheMoney JSON-lines file (entities.ftm.json)", false),
        [ListSource.BisDpl] = ("US BIS Denied Persons List", "one CSV file (dpl.txt)", false),
        [ListSource.Uk] = ("UK sanctions list", "subjects.csv and subject_names.csv, with subject_dobs.csv and subject_identifiers.csv if you have them", true),
    };

    public static IReadOnlyList<SelectListItem> SourceChoices { get; } =
        [new("— choose the list —", ""), .. ListSource.All.Select(s => new SelectListItem(Sources[s].Name, s))];

    public static string SourceName(string source) => Sources.TryGetValue(source, out var s) ? s.Name : Labels.Words(source);

    public IReadOnlyList<ListSnapshot> Rows { get; private set; } = [];

    public ListSnapshot? Selected { get; private set; }

    public SnapshotDelta? Delta { get; private set; }

    public bool CanUpload { get; private set; }

    /// <summary>The import just done, shown above its delta.</summary>
    public ListImportOutcome? Imported { get; private set; }

    [BindProperty]
    public string? Source { get; set; }

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (id is { } i && Rows.FirstOrDefault(r => r.Id == i) is { } selected)
        {
            Selected = selected;
            Delta = await store.DeltaAsync(selected.PreviousSnapshotId, selected.Id, ct);
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(Source) || !Sources.TryGetValue(Source, out var kind))
        {
            ModelState.AddModelError(nameof(Source), "Choose which list the file is.");
        }
        else if (files.Count == 0 || files.All(f => f.Length == 0))
        {
            ModelState.AddModelError("files", $"Choose the file to upload: {kind.Files}.");
        }
        else if (!kind.Folder && files.Count > 1)
        {
            ModelState.AddModelError("files", $"This list is {kind.Files}; {files.Count} files were chosen.");
        }
        else
        {
            var result = await ImportAsync(Source, kind.Folder, files, ct);
            if (result.Succeeded)
            {
                Imported = result.Value;
                Selected = result.Value.Snapshot;
                Delta = result.Value.Delta;
            }
            else
            {
                // one message: the field shows its first error only, and the reader needs both what is wrong and what happened
                ModelState.AddModelError("files", "Nothing was imported; the previous snapshot stays active. " + string.Join(" ", result.Errors.Take(10)));
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>
    /// Writes the upload to a folder of its own (a multi-file list keeps its published file names, which its parser
    /// looks for), imports it, and deletes the folder whatever the outcome.
    /// </summary>
    private async Task<Corridor.Common.Result<ListImportOutcome>> ImportAsync(string source, bool folder, List<IFormFile> files, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("corridor-list-upload-");
        try
        {
            string? first = null;
            foreach (var file in files.Where(f => f.Length > 0))
            {
                // The browser's file name is a hint only: its last segment, and nothing that leaves the folder.
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                if (name.Length == 0 || name is "." or "..")
                {
                    name = "upload";
                }

                var path = Path.Combine(dir.FullName, folder ? name.ToLowerInvariant() : name);
                await using (var target = System.IO.File.Create(path))
                {
                    await file.CopyToAsync(target, ct);
                }

                first ??= path;
            }

            return await import.ImportAsync(source, folder ? dir.FullName : first!, ct);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await store.ListAsync(null, ct);
        CanUpload = (await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded;
    }
}

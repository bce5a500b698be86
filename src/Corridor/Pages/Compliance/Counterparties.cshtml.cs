using Corridor.Compliance;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

/// <summary>
/// The counterparties with the gate's own answer for each (the detail page asks the same gate, so the two agree), and for
/// the compliance-write roles a form that adds one and screens it at once (the use case of POST /api/compliance/counterparties).
/// </summary>
public sealed class CounterpartiesModel(CorridorDbContext db, IScreeningGate gate, CounterpartyService counterparties, IAuthorizationService authorization) : PageModel
{
    /// <summary>A counterparty with the gate's answer in words.</summary>
    public sealed record Row(Counterparty Counterparty, string State);

    /// <summary>The columns of the list and its CSV (decision 040).</summary>
    public static readonly IReadOnlyList<ListColumn<Row>> Columns =
    [
        ListColumn.Sorted<Row, string>("name", "Name", r => r.Counterparty.Name),
        ListColumn.Plain<Row>("Other names", r => string.Join(" · ", r.Counterparty.AllNames.Skip(1))),
        ListColumn.Sorted<Row, string>("type", "Type", r => Labels.Words(r.Counterparty.Type.ToString())),
        ListColumn.Sorted<Row, string>("country", "Country", r => r.Counterparty.Country ?? ""),
        ListColumn.Sorted<Row, int>("version", "Version", r => r.Counterparty.Version, numeric: true),
        ListColumn.Sorted<Row, string>("screening", "Screening", r => r.State),
    ];

    public ListView<Row> List { get; private set; } = null!;

    /// <summary>Filter: a part of any of the names.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Filter: "clear" or "blocked".</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyDictionary<Guid, GateBlock[]> Blocks { get; private set; } = new Dictionary<Guid, GateBlock[]>();

    public bool AnyListLoaded { get; private set; }

    public bool CanWrite { get; private set; }

    [BindProperty]
    public CounterpartyForm Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Every counterparty matching the filters as CSV, in the list's order.</summary>
    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken ct) =>
        await Listing.CsvAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "name", false, "counterparties.csv", ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CounterpartyForm.Fields))
        {
            var result = await counterparties.CreateAsync(Input.ToInput(), ct);
            if (result.Succeeded)
            {
                return Redirect($"/compliance/counterparties/{result.Value.Counterparty.Id}?saved=created");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), FieldErrors.FromLines(result.Errors), CounterpartyForm.Fields);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The counterparties matching the filters with the gate's answer for each (one gate call for all).</summary>
    private async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        var all = await db.Counterparties.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var result = await gate.CheckAsync(all.Select(r => r.Id).ToArray(), ct);
        Blocks = result.Blocks.GroupBy(b => b.CounterpartyId).ToDictionary(g => g.Key, g => g.ToArray());
        var search = Search?.Trim();
        return all.Select(c => new Row(c, StateOf(c.Id)))
            .Where(r => string.IsNullOrEmpty(search) || r.Counterparty.AllNames.Any(n => n.Contains(search, StringComparison.OrdinalIgnoreCase)))
            .Where(r => string.IsNullOrEmpty(State) || r.State.StartsWith(State, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>The screening state in a word or three: clear, not screened, possible match, listed.</summary>
    public string StateOf(Guid id) => !Blocks.TryGetValue(id, out var blocks) ? "clear"
        : blocks.Any(b => b.Status == MatchStatus.TrueMatch) ? "blocked: listed"
        : blocks.Any(b => b.MatchId is not null) ? "blocked: possible match"
        : "blocked: not screened";

    private async Task LoadAsync(CancellationToken ct)
    {
        List = await Listing.PageAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "name", ct: ct);
        AnyListLoaded = await db.ListSnapshots.AnyAsync(s => s.IsActive, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded;
    }
}

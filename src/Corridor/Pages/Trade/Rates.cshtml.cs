using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

/// <summary>
/// Exchange rates: the dated rates every conversion and landed cost uses, filtered by currency, and — for the corridor
/// operator, who writes shared reference data — a form to enter the rate of a pair on a day (new, or replacing that
/// day's), through <see cref="ExchangeRateService"/> as <c>POST /api/trade/exchange-rates</c> does.
/// </summary>
public sealed class RatesModel(ExchangeRateService rates, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public static readonly string[] Fields = ["base", "quote", "day", "rate", "source", "assumption"];

    public string? Currency { get; private set; }

    public IReadOnlyList<ExchangeRate> Rows { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public FieldErrors Errors { get; } = new();

    public IReadOnlyDictionary<string, string> Input { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Done { get; set; }

    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    public string Value(string field, string otherwise = "") => Input.TryGetValue(field, out var v) ? v : otherwise;

    public async Task OnGetAsync(string? currency, CancellationToken ct) => await LoadAsync(currency, ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded)
        {
            return Forbid();
        }

        var f = Fields.ToDictionary(x => x, x => Request.Form[x].ToString().Trim());
        Input = f;
        var day = Errors.Date(f["day"], "day", required: true);
        var rate = Errors.Number(f["rate"], "rate", required: true);
        if (!Errors.Any)
        {
            var saved = await rates.SaveAsync(f["base"], f["quote"], day!.Value, rate!.Value, f["source"], f["assumption"], ct);
            if (saved.Succeeded)
            {
                var r = saved.Value.Rate;
                Done = $"{(saved.Value.Created ? "Entered" : "Replaced")}: 1 {r.Base} = {r.Rate.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)} {r.Quote} from {r.Day:yyyy-MM-dd}.";
                return RedirectToPage(new { currency = r.Base });
            }

            Errors.AddAll(saved.Errors, Fields);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? currency, CancellationToken ct)
    {
        Currency = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        Rows = await rates.ListAsync(Currency, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded;
    }
}

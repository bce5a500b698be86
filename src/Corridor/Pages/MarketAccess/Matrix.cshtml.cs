using System.Globalization;
using Corridor.MarketAccess;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.MarketAccess;

public sealed class MatrixModel(MarketAccessService service, CertificateRegistry registry) : PageModel
{
    public AccessMatrix Matrix { get; private set; } = null!;

    public string? DateError { get; private set; }

    public async Task OnGetAsync(string? date, CancellationToken ct)
    {
        var day = registry.Today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                day = d;
            }
            else
            {
                DateError = $"'{date}' is not a date in the form YYYY-MM-DD; showing today.";
            }
        }

        Matrix = await service.MatrixAsync(day, ct);
    }
}

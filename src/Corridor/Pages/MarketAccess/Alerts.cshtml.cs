using Corridor.MarketAccess;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.MarketAccess;

public sealed class AlertsModel(CertificateRegistry registry) : PageModel
{
    public int Days { get; private set; } = CertificateRegistry.DefaultAlertDays;

    public DateOnly Today => registry.Today;

    public IReadOnlyList<ExpiryAlert> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? days, CancellationToken ct)
    {
        Days = Math.Clamp(days ?? CertificateRegistry.DefaultAlertDays, 0, 3650);
        Rows = await registry.ExpiringAsync(Days, null, ct);
    }
}

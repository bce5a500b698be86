using Corridor.MarketAccess;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.MarketAccess;

public sealed class CertificatesModel(CertificateRegistry registry) : PageModel
{
    public CertificateFilter Filter { get; private set; } = new();

    public IReadOnlyList<CertificateView> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? model, string? market, string? kind, string? status, CancellationToken ct)
    {
        CertificateStatus? s = Enum.TryParse<CertificateStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Filter = new CertificateFilter(Blank(model), Blank(market), Blank(kind), s);
        Rows = await registry.ListAsync(Filter, ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

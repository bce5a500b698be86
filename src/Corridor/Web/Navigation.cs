namespace Corridor.Web;

/// <summary>
/// The application shell's sections, one per capability of the brief. A section that is not built yet
/// points to a page that says so; a feature that lands changes its <see cref="Section.Href"/> and sets <see cref="Section.Built"/>.
/// </summary>
public static class Navigation
{
    public sealed record Section(string Group, string Title, string Href, bool Built, string Description);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("Catalogue", "Makers", "/catalog/makers", true, "Vehicle and parts makers."),
        new("Catalogue", "Vehicle models", "/catalog/models", true, "Models with engine, fuel, emission class, weight, HS code and list price."),
        new("Catalogue", "Spare parts", "/catalog/parts", true, "Parts with part number, product group, HS code, weight and price."),
        new("Programme", "Market access", "/access", true, "Each market's rules with their dates, certificates per model and market, eligibility with reasons, rule-change impact."),
        new("Programme", "Compliance", "/compliance/review", true, "Sanctions lists in their published formats, cross-script name screening, review queue and audit."),
        new("Programme", "Trade", "/trade/agreements", true, "Counterparties, agreements with ceilings, orders with an order promise, landed cost, targets."),
        new("Programme", "Exchange rates", "/trade/rates", true, "Dated exchange rates that conversions and landed costs use; the corridor operator enters them."),
        new("Programme", "Logistics", "/logistics", true, "Corridor network, route options, capacity bookings, plan allocation, scenarios, tracking."),
        new("Programme", "Documents", "/documents", true, "Commercial invoice, packing list, certificate of origin and transport documents: drafted per order, numbered on issue, PDF, verification."),
        new("Programme", "Analytics", "/analytics", true, "Exports against targets, growth, corridor utilisation, lead times; charts, map and reports."),
        new("Programme", "Market intelligence", "/intelligence/figures", true, "Articles in, candidate figures reviewed, reported figures with their source, quote and position; conflicting reports side by side."),
    ];

    /// <summary>A link to a page where a role does its own work (writes), shown under "Your work" for that role only.</summary>
    public sealed record WorkLink(string Title, string Href, params string[] Roles);

    /// <summary>The write pages, each with the roles whose policy allows the write (the page checks the same policy on the server).</summary>
    public static readonly IReadOnlyList<WorkLink> Tasks =
    [
        new("New order", "/trade/orders/new", Organisations.Roles.Admin, Organisations.Roles.ExportManager),
        new("Orders to confirm and ship", "/trade/orders", Organisations.Roles.Admin, Organisations.Roles.ExportManager),
        new("Review queue", "/compliance/review", Organisations.Roles.Admin, Organisations.Roles.ComplianceOfficer),
        new("Departures and bookings", "/logistics/departures", Organisations.Roles.Admin, Organisations.Roles.LogisticsPlanner),
        new("Figures to review", "/intelligence/review", Organisations.Roles.Admin, Organisations.Roles.ExportManager, Organisations.Roles.Analyst),
        new("Documents to issue", "/documents?status=draft", Organisations.Roles.Admin, Organisations.Roles.ExportManager, Organisations.Roles.LogisticsPlanner),
        new("Counterparties to add and screen", "/compliance/counterparties", Organisations.Roles.Admin, Organisations.Roles.ComplianceOfficer),
        new("Sanctions lists to load", "/compliance/snapshots", Organisations.Roles.Operator),
    ];

    /// <summary>The tasks of the signed-in user's role.</summary>
    public static IReadOnlyList<WorkLink> TasksFor(System.Security.Claims.ClaimsPrincipal user) =>
        Tasks.Where(t => t.Roles.Any(user.IsInRole)).ToList();

    public static Section? BySlug(string slug) =>
        Sections.FirstOrDefault(s => s.Href.Equals("/sections/" + slug, StringComparison.OrdinalIgnoreCase));
}

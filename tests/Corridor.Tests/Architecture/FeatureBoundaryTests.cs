using System.Reflection;

namespace Corridor.Tests.Architecture;

/// <summary>
/// Feature boundaries (decision 043), in the spirit of <see cref="Web.EndpointConventionTests"/>: checked over the
/// compiled domain, data and web assemblies, so that a new reach from one feature into another fails here until it is
/// either removed or written into <see cref="Allowed"/> with its reason. The foundation (Common, Storage, Import, Audit,
/// Web, Cli, Operations) is not a feature: every feature may use it.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private static readonly HashSet<string> Features =
        ["Analytics", "Catalog", "Compliance", "Documents", "Intelligence", "Logistics", "MarketAccess", "Organisations", "Trade"];

    /// <summary>Every feature → feature dependency there is, each with why it is there.</summary>
    private static readonly Dictionary<(string From, string To), string> Allowed = new()
    {
        // The catalogue is what the others are about: makers, models, parts, HS codes, emission classes.
        [("Analytics", "Catalog")] = "the generated shipment history and the KPIs are per maker, model and part",
        [("Documents", "Catalog")] = "a document's lines describe the order's models and parts (HS code, weight, origin)",
        [("Intelligence", "Catalog")] = "article intake matches figures to makers and models",
        [("MarketAccess", "Catalog")] = "certificates and eligibility are for a vehicle model and its emission class",
        [("Trade", "Catalog")] = "order lines and price lists name models and parts; their weight and HS code feed freight and landed cost",

        // Organisations: the owner of records, read for its name and identity.
        [("Compliance", "Organisations")] = "a list import records the operator organisation that ran it",
        [("Documents", "Organisations")] = "a document carries the issuing organisation's name and address",

        // Trade's promise asks the other features their question about one order.
        [("Trade", "Compliance")] = "the promise and confirmation gate every party through IScreeningGate; partners are counterparties",
        [("Trade", "Logistics")] = "the promise routes the order (RouteFinder, NetworkStore) and confirmation books capacity (CapacityLedger)",
        [("Trade", "MarketAccess")] = "the promise checks eligibility per model; markets give currency and customs union; trade's impact sources answer market access's IImpactSource",

        // Documents are drawn up from an order.
        [("Documents", "Compliance")] = "the parties on a document are the order's counterparties",
        [("Documents", "Logistics")] = "transport documents follow the chosen route's legs and modes",
        [("Documents", "MarketAccess")] = "issuing re-runs the market-access gate of the order's models (DocumentGates, decision 038)",
        [("Documents", "Trade")] = "documents are drafted from a trade order, its promise and its Incoterms rule",

        // Analytics reads every feature's figures (read models only).
        [("Analytics", "Intelligence")] = "the dashboard shows reported figures through intelligence's ReportedFigureBoard",
        [("Analytics", "Logistics")] = "the corridor map and lead-time KPIs draw the network's links",
        [("Analytics", "MarketAccess")] = "the eligibility calendar runs the market-access engine per model and month",
        [("Analytics", "Trade")] = "target attainment and values in one currency use trade's targets and exchange rates",

        // Intelligence: reported figures are shown with analytics' view of them; articles are matched to markets.
        [("Intelligence", "Analytics")] = "ReportedFigureBoard returns analytics' ReportedView rows (a cycle with Analytics → Intelligence, left in issue 22)",
        [("Intelligence", "MarketAccess")] = "article intake matches figures to markets",
    };

    private static IReadOnlyList<Assembly> Assemblies() =>
        [typeof(Corridor.Trade.Agreement).Assembly, typeof(Corridor.Trade.PromiseService).Assembly, typeof(Corridor.Trade.TradeApi).Assembly];

    [Fact]
    public void EveryFeatureToFeatureDependency_IsOnTheAllowedList()
    {
        var edges = FeatureDependencies.Of(Assemblies(), Features);
        Assert.NotEmpty(edges);

        var unexpected = edges.Where(e => !Allowed.ContainsKey(e.Key))
            .Select(e => $"{e.Key.From} → {e.Key.To}: {string.Join("; ", e.Value.Take(3))}").Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, "feature dependencies not on the allowed list:\n" + string.Join("\n", unexpected));
    }

    [Fact]
    public void EveryAllowedDependency_StillExists()
    {
        var edges = FeatureDependencies.Of(Assemblies(), Features);

        var stale = Allowed.Keys.Where(k => !edges.ContainsKey(k)).Select(k => $"{k.From} → {k.To}").ToList();
        Assert.True(stale.Count == 0, "allowed dependencies that no longer exist (remove them from the list): " + string.Join(", ", stale));
    }

    [Fact]
    public void TheCheck_SeesADependencyOnlyInAMethodBody()
    {
        var edges = FeatureDependencies.Of([typeof(Corridor.Trade.BoundaryProbe).Assembly], Features);

        Assert.Contains("Corridor.Trade.BoundaryProbe → Corridor.Logistics.Cargo", edges[("Trade", "Logistics")]);
    }
}


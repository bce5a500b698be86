namespace Corridor.MarketAccess;

/// <summary>
/// Finds the things a rule change touches for the models and periods it changes: certificates today; open orders
/// and planned shipments once the trade and logistics features register theirs (one class each, registered with
/// <c>services.AddScoped&lt;IImpactSource, X&gt;()</c>). The impact query itself does not change when a source joins.
/// </summary>
public interface IImpactSource
{
    /// <summary>Short name shown in counts, e.g. <c>certificate</c>, <c>order</c>, <c>shipment</c>.</summary>
    string Name { get; }

    /// <summary>Items of the acting organisation that fall in the lost (or gained) periods of <paramref name="impacts"/>.</summary>
    Task<IReadOnlyList<ImpactedItem>> FindAsync(IReadOnlyList<ModelImpact> impacts, CancellationToken ct);
}

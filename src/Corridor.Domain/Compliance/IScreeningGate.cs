namespace Corridor.Compliance;

/// <summary>
/// Whether trade with a set of counterparties may proceed: blocked while any of them has an open or escalated possible
/// match or a true match. Agreements, orders and shipments call it before they proceed.
/// </summary>
public interface IScreeningGate
{
    Task<GateResult> CheckAsync(IReadOnlyCollection<Guid> counterpartyIds, CancellationToken cancellationToken = default);
}

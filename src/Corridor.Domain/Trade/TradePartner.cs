using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// Trade's view of a Compliance <c>Counterparty</c>: a short code the organisation uses for it, the roles it plays
/// (buyer, distributor, consignee, carrier, forwarder, bank; space-separated) and its postal address. The screened
/// fields (names, country, identifiers) stay on the counterparty itself, so screening sees every change.
/// </summary>
public sealed class TradePartner : IOrganisationOwned
{
    private TradePartner()
    {
        Code = Roles = "";
    }

    public TradePartner(string code, Guid counterpartyId, IEnumerable<PartyRole> roles, string? address)
    {
        Id = Guid.CreateVersion7();
        Code = Guard.Code(code, "code");
        CounterpartyId = counterpartyId;
        Roles = string.Join(' ', roles.Distinct().Select(r => r.ToString().ToLowerInvariant()));
        Address = string.IsNullOrWhiteSpace(address) ? null : Guard.Text(address, "address", 500);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Code { get; private set; }

    public Guid CounterpartyId { get; private set; }

    public string Roles { get; private set; }

    public string? Address { get; private set; }

    public bool Has(PartyRole role) => Roles.Split(' ').Contains(role.ToString(), StringComparer.OrdinalIgnoreCase);

    public bool Change(IEnumerable<PartyRole> roles, string? address)
    {
        var r = string.Join(' ', roles.Distinct().Select(x => x.ToString().ToLowerInvariant()));
        var a = string.IsNullOrWhiteSpace(address) ? null : Guard.Text(address, "address", 500);
        var changed = r != Roles || a != Address;
        Roles = r;
        Address = a;
        return changed;
    }
}

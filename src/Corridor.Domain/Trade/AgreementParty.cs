namespace Corridor.Trade;

/// <summary>What a counterparty is to an agreement or an order.</summary>
public enum PartyRole
{
    Buyer,
    Distributor,
    Consignee,
    Carrier,
    Forwarder,
    Bank,
}

/// <summary>A counterparty (Compliance's <c>Counterparty</c>) that is party to an agreement, in a role.</summary>
public sealed class AgreementParty
{
    private AgreementParty()
    {
    }

    internal AgreementParty(Guid counterpartyId, PartyRole role)
    {
        CounterpartyId = counterpartyId;
        Role = role;
    }

    public long Id { get; private set; }

    public Guid CounterpartyId { get; private set; }

    public PartyRole Role { get; private set; }
}

namespace Corridor.Trade;

/// <summary>What kind of agreement: a memorandum of understanding, a framework agreement or a supply contract.</summary>
public enum AgreementKind
{
    Mou,
    Framework,
    SupplyContract,
}

/// <summary>Where an agreement stands. Only an active agreement takes orders.</summary>
public enum AgreementStatus
{
    Draft,
    Active,
    Suspended,
    Closed,
}

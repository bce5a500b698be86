namespace Corridor.Compliance;

/// <summary>A counterparty that blocks trade, the list entry it (possibly) matches and why it blocks.</summary>
public sealed record GateBlock(Guid CounterpartyId, string CounterpartyName, string EntryKey, string EntryCaption, MatchStatus Status, double Score, Guid? MatchId)
{
    public override string ToString() => Status switch
    {
        MatchStatus.TrueMatch => $"Counterparty '{CounterpartyName}' is listed as {EntryKey} '{EntryCaption}' (true match).",
        MatchStatus.Escalated => $"Counterparty '{CounterpartyName}' has an escalated possible match with {EntryKey} '{EntryCaption}' (score {Score:0.00}).",
        MatchStatus.Open when MatchId is null => $"Counterparty '{CounterpartyName}' has not been screened against a sanctions list (no list was loaded when it was checked, or it was never checked): load a list and re-screen.",
        _ => $"Counterparty '{CounterpartyName}' has an open possible match with {EntryKey} '{EntryCaption}' (score {Score:0.00}).",
    };
}

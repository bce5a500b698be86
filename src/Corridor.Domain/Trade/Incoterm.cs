namespace Corridor.Trade;

/// <summary>The eleven Incoterms 2020 rules (ICC).</summary>
public enum Incoterm
{
    EXW,
    FCA,
    CPT,
    CIP,
    DAP,
    DPU,
    DDP,
    FAS,
    FOB,
    CFR,
    CIF,
}

/// <summary>Who pays what under a rule (corridor-facts.md §3.3): main carriage, insurance, import duties.</summary>
public static class IncotermRules
{
    /// <summary>The seller pays the main carriage (C and D rules).</summary>
    public static bool SellerPaysMainCarriage(this Incoterm rule) => rule is Incoterm.CPT or Incoterm.CIP or Incoterm.DAP or Incoterm.DPU or Incoterm.DDP or Incoterm.CFR or Incoterm.CIF;

    /// <summary>The seller must insure the goods (CIP, CIF).</summary>
    public static bool SellerInsures(this Incoterm rule) => rule is Incoterm.CIP or Incoterm.CIF;

    /// <summary>The seller pays import duty and VAT (DDP).</summary>
    public static bool SellerPaysImportDuties(this Incoterm rule) => rule == Incoterm.DDP;

    /// <summary>Sea and inland waterway only (FAS, FOB, CFR, CIF).</summary>
    public static bool SeaOnly(this Incoterm rule) => rule is Incoterm.FAS or Incoterm.FOB or Incoterm.CFR or Incoterm.CIF;
}

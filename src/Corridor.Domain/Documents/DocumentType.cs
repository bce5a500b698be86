namespace Corridor.Documents;

/// <summary>The kinds of export document Corridor issues. Each has its own number series per organisation and year.</summary>
public enum DocumentType
{
    /// <summary>Commercial invoice (lines, HS codes, money with currency).</summary>
    CommercialInvoice,

    /// <summary>Packing list (packages, gross and net weights).</summary>
    PackingList,

    /// <summary>Certificate of origin; its form (CT-3, ST-1, general) is chosen by <see cref="OriginCertificateRule"/>.</summary>
    CertificateOfOrigin,

    /// <summary>CIM/SMGS rail consignment note: one for a run of consecutive rail legs (a rail ferry included).</summary>
    RailConsignmentNote,

    /// <summary>CMR road consignment note for international road carriage.</summary>
    RoadConsignmentNote,

    /// <summary>Bill of lading or sea waybill for a sea or Caspian ferry leg.</summary>
    BillOfLading,

    /// <summary>A cancellation: a document of its own that names the issued document it cancels.</summary>
    Cancellation,

    /// <summary>A credit note: a money correction of an issued commercial invoice, for at most what is left of its total.</summary>
    CreditNote,
}

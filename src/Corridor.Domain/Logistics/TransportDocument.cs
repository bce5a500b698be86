namespace Corridor.Logistics;

/// <summary>The transport document a leg travels under.</summary>
public enum TransportDocument
{
    /// <summary>Rail waybill under the SMGS agreement (1520 mm space and Iran).</summary>
    RailWaybillSmgs,

    /// <summary>Road consignment note under the CMR convention.</summary>
    RoadConsignmentNoteCmr,

    /// <summary>Bill of lading, for sea and inland waterway.</summary>
    BillOfLading,
}

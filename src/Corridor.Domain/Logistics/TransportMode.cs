namespace Corridor.Logistics;

/// <summary>How a link is travelled.</summary>
public enum TransportMode
{
    Road,
    Rail,
    Sea,
    InlandWaterway,
}

namespace Corridor.Compliance;

/// <summary>What a sanctions-list entry designates.</summary>
public enum ListEntryType
{
    Unknown,
    Person,
    Organisation,
    Vessel,
    Aircraft,
}

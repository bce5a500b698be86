namespace Corridor.Compliance;

/// <summary>What a name belongs to; it changes how a few words are read (Roman numerals, particles).</summary>
public enum NameKind
{
    Unknown,
    Person,
    Organisation,
    Vessel,
    Aircraft,
}

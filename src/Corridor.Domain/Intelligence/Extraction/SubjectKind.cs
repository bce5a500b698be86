namespace Corridor.Intelligence.Extraction;

/// <summary>The kind of a reference name; the order is the preference when a sentence names several.</summary>
public enum SubjectKind
{
    /// <summary>A composite subject such as an agreement or a trade flow ("IR auto parts").</summary>
    Topic,

    /// <summary>A vehicle maker.</summary>
    Maker,

    /// <summary>A vehicle model; links to its maker.</summary>
    Model,

    /// <summary>A corridor branch (eastern, western, trans-Caspian).</summary>
    Branch,

    /// <summary>A market (country).</summary>
    Market,
}

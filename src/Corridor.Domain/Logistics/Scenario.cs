using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// A named what-if: a list of <see cref="ScenarioChange"/>s over the baseline network, stored as JSON. Shared like the
/// network itself; applying it never changes the baseline.
/// </summary>
public sealed class Scenario
{
    private Scenario()
    {
        Name = ChangesJson = "";
    }

    /// <exception cref="ArgumentException">Bad name.</exception>
    public Scenario(string name, string? description, string changesJson, DateTimeOffset createdAt)
    {
        Name = Guard.Code(name, "name");
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        ChangesJson = changesJson;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The changes as a JSON array of <see cref="ScenarioChange"/>.</summary>
    public string ChangesJson { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Replace(string? description, string changesJson)
    {
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        ChangesJson = changesJson;
    }
}

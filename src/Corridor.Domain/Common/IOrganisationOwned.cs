namespace Corridor.Common;

/// <summary>
/// A record that belongs to one exporter organisation. The data layer filters every query by the
/// signed-in organisation and stamps new records with it; nothing else needs to.
/// </summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}

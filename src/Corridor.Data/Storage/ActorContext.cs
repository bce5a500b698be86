namespace Corridor.Storage;

/// <summary>The settable <see cref="ICurrentActor"/>: the web host fills it from the principal, the CLI from its options.</summary>
public sealed class ActorContext : ICurrentActor
{
    public Guid? OrganisationId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "system";

    public void Set(Guid? organisationId, Guid? userId, string name)
    {
        OrganisationId = organisationId;
        UserId = userId;
        Name = name;
    }
}

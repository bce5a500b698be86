using Corridor.Common;

namespace Corridor.Organisations;

/// <summary>An exporter (or corridor operator) whose data is kept from every other organisation.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Code = Name = "";
    }

    public Organisation(string code, string name, DateTimeOffset createdAt, bool isOperator = false)
    {
        IsOperator = isOperator;
        Id = Guid.CreateVersion7();
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Short unique code, e.g. <c>DEMO</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The corridor operator: holds the <see cref="Role.Operator"/> users who write the shared reference data, and no
    /// exporter's data. Every other organisation is an exporter.
    /// </summary>
    public bool IsOperator { get; private set; }
}

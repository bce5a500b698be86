namespace Corridor.Storage;

/// <summary>
/// A value that its column cannot hold the same way on every provider: a number beyond the column's precision
/// (PostgreSQL refuses it with "numeric field overflow", SQLite would store it) or a text with a NUL byte (PostgreSQL
/// refuses it, SQLite would store it). Checked before anything is written, like <see cref="ValueTooLongException"/>.
/// </summary>
public sealed class InvalidStoredValueException(string entity, string property, string reason)
    : Exception($"{entity}.{property}: {reason}")
{
    public string Entity { get; } = entity;

    public string Property { get; } = property;
}

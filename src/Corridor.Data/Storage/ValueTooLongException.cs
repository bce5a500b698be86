namespace Corridor.Storage;

/// <summary>
/// A text value longer than its column allows. Checked before anything is written, on every provider: PostgreSQL would
/// refuse the row with a message that names no field, SQLite would store it.
/// </summary>
public sealed class ValueTooLongException(string entity, string property, int length, int maxLength)
    : Exception($"{entity}.{property}: {length} characters, at most {maxLength} are allowed")
{
    public string Entity { get; } = entity;

    public string Property { get; } = property;

    public int Length { get; } = length;

    public int MaxLength { get; } = maxLength;
}

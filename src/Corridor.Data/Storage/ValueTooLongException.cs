using Microsoft.EntityFrameworkCore.Metadata;

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

/// <summary>The text properties of an entity that are longer than the model's maximum length for them.</summary>
public static class TextLengths
{
    public static IEnumerable<(string Property, int Length, int MaxLength)> TooLong(IEntityType type, object entity)
    {
        foreach (var property in type.GetProperties())
        {
            if (property.ClrType == typeof(string) && property.GetMaxLength() is { } max && property.PropertyInfo?.GetValue(entity) is string value && value.Length > max)
            {
                yield return (property.Name, value.Length, max);
            }
        }
    }
}

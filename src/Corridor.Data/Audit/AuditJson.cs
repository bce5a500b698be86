using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Corridor.Audit;

/// <summary>
/// Writes an audit entry's changes as the JSON object <c>JsonSerializer.Serialize(changes)</c> writes, byte for byte,
/// without asking the serializer for a contract per value type: the values of entity properties (strings, numbers,
/// dates, ids, enums) are written directly, and only other values (e.g. the {old, new} pair of a modified property)
/// go through the serializer. The serializer built a reflection contract for every new type it met, which made the
/// first save of each entity type several milliseconds slower (decision 015); <c>AuditJsonTests</c> compares both.
/// </summary>
public static class AuditJson
{
    public static string Serialize(IReadOnlyDictionary<string, object?> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in changes)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case Guid g: writer.WriteStringValue(g); break;
            case DateTimeOffset t: writer.WriteStringValue(t); break;
            case DateTime t: writer.WriteStringValue(t); break;
            case DateOnly day: writer.WriteStringValue(day.ToString("O", CultureInfo.InvariantCulture)); break;
            case Enum e when Enum.GetUnderlyingType(e.GetType()) == typeof(int): writer.WriteNumberValue(Convert.ToInt32(e, CultureInfo.InvariantCulture)); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType()); break;
        }
    }
}

using System.Text.Json;
using Corridor.Audit;
using Corridor.Trade;

namespace Corridor.Tests.Storage;

/// <summary>The audit log's JSON is what System.Text.Json writes for the same changes, whichever path writes it.</summary>
public sealed class AuditJsonTests
{
    public static TheoryData<string, object?> Values() => new()
    {
        { "null", null },
        { "ascii", "Iran Khodro" },
        { "escaped", "Саипа \"Сайпа\" <b>&</b> \\ \u0001 ایران خودرو 🚗" },
        { "bool", true },
        { "int", -42 },
        { "long", 9_007_199_254_740_993L },
        { "decimal with trailing zeros", 13500.500m },
        { "decimal small", 0.000001m },
        { "double", 0.1 + 0.2 },
        { "guid", Guid.Parse("4488c2cb-8a35-4819-a26b-96246b9c8580") },
        { "date-time offset", new DateTimeOffset(2026, 12, 4, 3, 18, 6, 123, TimeSpan.FromHours(3.5)) },
        { "date-time utc", new DateTime(2026, 12, 4, 3, 18, 6, DateTimeKind.Utc).AddTicks(7) },
        { "date-time unspecified", new DateTime(2014, 1, 31) },
        { "date", new DateOnly(2023, 3, 1) },
        { "enum", AgreementStatus.Active },
        { "enum outside its names", (AgreementStatus)77 },
        { "short", (short)7 },
        { "bytes", new byte[] { 0, 1, 254, 255 } },
        { "old and new", new { old = (object?)12.5m, @new = (object?)"13" } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Serialize_WritesWhatTheSerializerWrites(string name, object? value)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal) { [name] = value, ["after"] = "x" };
        Assert.Equal(JsonSerializer.Serialize(changes), AuditJson.Serialize(changes));
    }

    [Fact]
    public void Serialize_AnEmptyChangeSet_IsAnEmptyObject() =>
        Assert.Equal("{}", AuditJson.Serialize(new Dictionary<string, object?>()));
}

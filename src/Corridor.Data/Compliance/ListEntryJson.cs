using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corridor.Compliance;

/// <summary>Stores list entries as JSON in snapshots, and hashes that JSON to tell changed entries apart.</summary>
public static class ListEntryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ListEntry entry) => JsonSerializer.Serialize(Dto.From(entry), Options);

    public static ListEntry Deserialize(string json) => (JsonSerializer.Deserialize<Dto>(json, Options) ?? throw new JsonException("empty list entry")).ToEntry();

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];

    public static ListSnapshotEntry ToStored(Guid snapshotId, ListEntry entry)
    {
        var json = Serialize(entry);
        return new ListSnapshotEntry(snapshotId, entry.Key, entry.Type, entry.Caption, Hash(json), json);
    }

    private sealed record Dto(string Source, string Id, ListEntryType Type, string[][] Names, string[] Programmes, string[][] Identifiers, string[] Countries, string[] Addresses, string[] BirthDates, string? Remarks)
    {
        public static Dto From(ListEntry e) =>
            new(e.Source, e.EntryId, e.Type, e.Names.Select(n => new[] { n.Text, n.Script, n.Primary ? "1" : "0" }).ToArray(), e.Programmes.ToArray(),
                e.Identifiers.Select(i => new[] { i.Type, i.Value }).ToArray(), e.Countries.ToArray(), e.Addresses.ToArray(), e.BirthDates.ToArray(),
                e.Remarks is { Length: > 2000 } r ? r[..2000] : e.Remarks);

        public ListEntry ToEntry() => new(Source, Id, Type, Names.Select(n => new ListName(n[0], n[1], n[2] == "1")).ToArray(), Programmes,
            Identifiers.Select(i => new EntryIdentifier(i[0], i[1])).ToArray(), Countries, Addresses, BirthDates, Remarks);
    }
}

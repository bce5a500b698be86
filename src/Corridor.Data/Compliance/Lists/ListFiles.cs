using System.Security.Cryptography;

namespace Corridor.Compliance.Lists;

/// <summary>Helpers shared by the parsers: content hashing, empty-marker cleanup, DOB formatting.</summary>
internal static class ListFiles
{
    public static string Hash(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>OFAC writes "-0-" for an empty field.</summary>
    public static string? Clean(string? value)
    {
        var t = value?.Trim();
        return string.IsNullOrEmpty(t) || t == "-0-" ? null : t;
    }

    public static string? Date(int? year, int? month, int? day) =>
        year is null or < 1000 or > 2100 ? null
        : month is null or < 1 or > 12 ? $"{year:0000}"
        : day is null or < 1 or > 31 ? $"{year:0000}-{month:00}"
        : $"{year:0000}-{month:00}-{day:00}";
}

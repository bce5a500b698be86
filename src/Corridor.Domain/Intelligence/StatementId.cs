using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Corridor.Intelligence;

/// <summary>
/// The identity of a reported statement: <c>st-</c> and the first 16 bytes (32 hex digits) of the SHA-256 of
/// <c>subject|metric|from|until|value|unit</c> (subject and metric lower-cased, dates <c>yyyy-MM-dd</c> or empty,
/// the value in invariant culture without trailing zeros). Two articles reporting the same figure give the same id.
/// </summary>
public static class StatementId
{
    public static string Of(string subject, string metric, DateOnly? from, DateOnly? until, decimal value, string unit) =>
        "st-" + Hash($"{ConflictKeyOf(subject, metric, from, until)}|{value.ToString("0.############", CultureInfo.InvariantCulture)}|{unit.Trim().ToLowerInvariant()}");

    /// <summary>Subject, metric and period as one text: facts that share it and differ in value are in conflict.</summary>
    public static string ConflictKeyOf(string subject, string metric, DateOnly? from, DateOnly? until) =>
        $"{subject.Trim().ToLowerInvariant()}|{metric.Trim().ToLowerInvariant()}|{from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}

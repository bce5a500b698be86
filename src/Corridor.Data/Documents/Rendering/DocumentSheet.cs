using System.Text.Json;
using Corridor.Organisations;

namespace Corridor.Documents.Rendering;

/// <summary>
/// Everything one printed document shows: an issued document is printed from its frozen snapshot only (number,
/// issue time, content, gate results), a draft from its current content, marked as a draft.
/// </summary>
public sealed record DocumentSheet(
    DocumentType Type, string Title, string? Number, string OrderNumber, DateTimeOffset? IssuedAt, string? IssuedBy, string? Reason,
    JsonElement Content, JsonElement? Gates, string IssuerName, string IssuerCode, string? VerifyUrl)
{
    public bool IsDraft => Number is null;

    public static DocumentSheet Of(TradeDocument document, Organisation issuer, string publicUrl) =>
        document.SnapshotJson is { } snapshot
            ? FromSnapshot(document.Type, snapshot, document.Sha256!, issuer, publicUrl)
            : new(document.Type, document.Title, null, document.OrderNumber, null, null, document.Reason, Parse(document.ContentJson), null,
                issuer.Name, issuer.Code, null);

    /// <summary>The sheet of a snapshot as <see cref="DocumentService"/> freezes it; <paramref name="sha256"/> is the snapshot's hash, printed in the verification link.</summary>
    public static DocumentSheet FromSnapshot(DocumentType type, string snapshotJson, string sha256, Organisation issuer, string publicUrl)
    {
        var root = Parse(snapshotJson);
        var number = root.GetProperty("number").GetString()!;
        return new(type, root.GetProperty("title").GetString() ?? "", number, root.GetProperty("order").GetString() ?? "",
            root.GetProperty("issued_at").GetDateTimeOffset(), root.GetProperty("issued_by").GetString(), Text(root, "reason"),
            root.GetProperty("content"), root.TryGetProperty("gates", out var g) && g.ValueKind == JsonValueKind.Object ? g : null,
            issuer.Name, issuer.Code, VerificationCode.Url(publicUrl, number, sha256));
    }

    /// <summary>The content as the drafting wrote it; null for a cancellation or a credit note, whose content names the document it refers to.</summary>
    public DocumentContent? Goods => Type is DocumentType.Cancellation or DocumentType.CreditNote ? null : Content.Deserialize<DocumentContent>(DocumentService.Json);

    public string? ContentText(string name) => Text(Content, name);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

namespace Corridor.Documents;

/// <summary>Thrown by the storage layer when a write would change or delete an issued document.</summary>
public sealed class IssuedDocumentException(string number, string what)
    : InvalidOperationException($"document {number} is issued and cannot be {what}; amend or cancel it with a new document")
{
    public string Number { get; } = number;
}

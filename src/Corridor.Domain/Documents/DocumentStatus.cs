namespace Corridor.Documents;

/// <summary>Where a document is in its life cycle: a draft has no number; an issued document never changes again.</summary>
public enum DocumentStatus
{
    Draft,
    Issued,
}

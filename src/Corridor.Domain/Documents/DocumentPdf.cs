using Corridor.Common;

namespace Corridor.Documents;

/// <summary>
/// The PDF of an issued document exactly as issued (rendered, with the snapshot embedded), kept in a table of its own
/// so that listing documents does not read every PDF. Written once, in the issuing transaction; never changed or
/// deleted (the storage layer refuses it). Its SHA-256 is <see cref="TradeDocument.PdfSha256"/>.
/// </summary>
public sealed class DocumentPdf : IOrganisationOwned
{
    private DocumentPdf()
    {
        Content = [];
    }

    /// <exception cref="ArgumentException">The PDF is empty.</exception>
    public DocumentPdf(Guid documentId, byte[] content)
    {
        if (content.Length == 0)
        {
            throw new ArgumentException("the PDF is empty", nameof(content));
        }

        DocumentId = documentId;
        Content = content;
    }

    public Guid DocumentId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public byte[] Content { get; private set; }
}

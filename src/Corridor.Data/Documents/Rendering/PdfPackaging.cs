using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Corridor.Documents.Rendering;

/// <summary>
/// What PDFsharp does to Chromium's PDF: the document information (title, author = issuing organisation, subject =
/// document type) and the canonical JSON snapshot embedded as the file attachment <see cref="SnapshotName"/>, so that
/// the PDF carries the data it was printed from.
/// </summary>
public static class PdfPackaging
{
    public const string SnapshotName = "snapshot.json";

    public static byte[] Finish(byte[] pdf, string title, string author, string subject, string snapshotJson)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.Title = title;
        document.Info.Author = author;
        document.Info.Subject = subject;
        document.Info.Creator = "Corridor";
        using var snapshot = new MemoryStream(Encoding.UTF8.GetBytes(snapshotJson), writable: false);
        document.AddEmbeddedFile(SnapshotName, snapshot);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>The UTF-8 text of the attachment <paramref name="name"/>, or null when the PDF has none of that name.</summary>
    public static string? ReadAttachment(byte[] pdf, string name = SnapshotName)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        var names = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles")?.Elements.GetArray("/Names");
        if (names is null)
        {
            return null;
        }

        for (var i = 0; i + 1 < names.Elements.Count; i += 2)
        {
            var key = names.Elements[i] is PdfString s ? s.Value : null;
            var spec = names.Elements[i + 1] is PdfReference r ? r.Value as PdfDictionary : names.Elements[i + 1] as PdfDictionary;
            if (key != name || spec?.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F") is not { Stream: { } stream })
            {
                continue;
            }

            return Encoding.UTF8.GetString(stream.UnfilteredValue);
        }

        return null;
    }

    /// <summary>The document information of a PDF: title, author, subject.</summary>
    public static (string Title, string Author, string Subject) ReadInfo(byte[] pdf)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        return (document.Info.Title, document.Info.Author, document.Info.Subject);
    }
}

namespace Corridor.Documents.Rendering;

/// <summary>
/// A document's HTML and PDF: the sheet through its template, printed by the shared <see cref="ChromiumPdfPrinter"/>,
/// then titled (title, author = issuing organisation, subject = document type) and given the snapshot as an attachment.
/// </summary>
public sealed class DocumentRenderer(ChromiumPdfPrinter printer, DocumentRenderOptions options)
{
    public string PublicUrl => options.PublicUrl;

    public ChromiumPdfPrinter Printer => printer;

    public static string Html(DocumentSheet sheet) => DocumentHtml.Render(sheet);

    /// <exception cref="ChromiumUnavailableException">Chromium is missing or fails.</exception>
    public async Task<byte[]> PdfAsync(DocumentSheet sheet, string snapshotJson, CancellationToken ct = default)
    {
        var printed = await printer.PrintAsync(DocumentHtml.Render(sheet), DocumentHtml.Header(sheet), DocumentHtml.Footer(sheet), ct);
        return PdfPackaging.Finish(printed, DocumentHtml.PdfTitle(sheet), sheet.IssuerName, DocumentLabels.Title(sheet.Type).En, snapshotJson);
    }
}

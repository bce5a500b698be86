using System.Text.Json;
using Corridor.Documents;
using Corridor.Documents.Rendering;
using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;

namespace Corridor.Tests.Documents;

/// <summary>The templates and Chromium printing without a database: A4, both languages, names in their own scripts, header/footer, reuse of one browser.</summary>
public sealed class DocumentRenderingTests
{
    private const string Cyrillic = "ООО «Автоимпорт Москва»";
    private const string Persian = "سایپا";

    private static DocumentSheet Sheet(string number)
    {
        var content = new DocumentContent("ORD-1", "RU", "CPT", "USD", new DocumentParty("BUYER", Cyrillic, "Avtoimport Moskva", "RU", "Москва, ул. Тверская, 1"),
            new DocumentParty("CONS", Persian, null, "IR", null),
            [new DocumentLine(1, "SHAHIN", "Saipa Shahin", "870322", 3, 12000.5m, 36001.5m, 3, 3450m, 3450m)],
            new DocumentTotals(3, 3, 3450m, 3450m, 36001.5m), null, null, null, []);
        var snapshot = JsonSerializer.Serialize(new
        {
            number, type = "commercial_invoice", order = "ORD-1", title = "Commercial invoice", issued_at = DateTimeOffset.Parse("2026-12-07T10:00:00Z"),
            issued_by = "test", reason = (string?)null, content,
        }, DocumentService.Json);
        return DocumentSheet.FromSnapshot(DocumentType.CommercialInvoice, snapshot, new string('a', 64), new Organisation("EXP", "Exporter Ltd", DateTimeOffset.UnixEpoch), "http://verify.test");
    }

    [Fact]
    public void Html_Invoice_IsA4BilingualWithPersianRightToLeft()
    {
        var html = DocumentHtml.Render(Sheet("INV-2026-000007"));
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("Коммерческий счёт", html, StringComparison.Ordinal);
        Assert.Contains($"<bdi dir=\"rtl\" lang=\"fa\">{Persian}</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("36,001.50 USD", html, StringComparison.Ordinal); // 3 × 12,000.50
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("http://verify.test/verify/INV-2026-000007?h=" + new string('a', 64), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printer_TwoDocuments_OneBrowserPrintsCyrillicNumberAndPageNumbers()
    {
        await using var printer = new ChromiumPdfPrinter(BrowserFixture.ChromiumPath);
        var renderer = new DocumentRenderer(printer, new DocumentRenderOptions("http://verify.test"));
        var first = await renderer.PdfAsync(Sheet("INV-2026-000007"), "{}");
        var second = await renderer.PdfAsync(Sheet("INV-2026-000008"), """{"n":8}""");
        Assert.Equal(1, printer.StartCount);

        var text = await PdfText.ReadAsync(second);
        Assert.Contains(Cyrillic, text, StringComparison.Ordinal);
        Assert.Contains("INV-2026-000008", text, StringComparison.Ordinal);
        Assert.Contains("Page / Стр. 1 / 1", text, StringComparison.Ordinal);
        Assert.Equal("""{"n":8}""", PdfPackaging.ReadAttachment(second));
        Assert.Equal("{}", PdfPackaging.ReadAttachment(first));
    }

    /// <summary>
    /// The printer's cheap options (no tagged structure, no wait for fonts; decision 038) still embed the fonts of the
    /// Cyrillic and the Persian names and keep their text: every font is embedded, the Arabic-script one among them.
    /// </summary>
    [Fact]
    public async Task Printer_Pdf_EmbedsEveryFontAndKeepsCyrillicAndPersianText()
    {
        await using var printer = new ChromiumPdfPrinter(BrowserFixture.ChromiumPath);
        var pdf = await new DocumentRenderer(printer, new DocumentRenderOptions("http://verify.test")).PdfAsync(Sheet("INV-2026-000009"), "{}");

        var fonts = await PdfText.FontsAsync(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.Contains(fonts, f => f.Name.Contains("Naskh", StringComparison.OrdinalIgnoreCase) || f.Name.Contains("Arabic", StringComparison.OrdinalIgnoreCase));
        var text = await PdfText.ReadAsync(pdf);
        Assert.Contains(Cyrillic, text, StringComparison.Ordinal);
        Assert.Contains(Persian, text, StringComparison.Ordinal);
    }
}

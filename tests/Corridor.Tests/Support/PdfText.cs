using System.Diagnostics;

namespace Corridor.Tests.Support;

/// <summary>The text of a PDF as poppler's pdftotext reads it (installed by test.sh), for tests that check what a PDF prints.</summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"corridor-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdftotext did not start");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using System.Diagnostics;

namespace Corridor.Tests.Support;

/// <summary>The text and fonts of a PDF as poppler reads them (pdftotext, pdffonts; installed by test.sh), for tests that check what a PDF prints.</summary>
public static class PdfText
{
    public static Task<string> ReadAsync(byte[] pdf) => PopplerAsync("pdftotext", pdf, ["-enc", "UTF-8"], "-");

    /// <summary>Every font of the PDF as pdffonts lists it: its name (subset prefix included) and whether it is embedded.</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(byte[] pdf)
    {
        var listing = await PopplerAsync("pdffonts", pdf, [], null);
        // name, type (may hold spaces), encoding, then emb sub uni and the object id's two numbers.
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (f[0], f[^5] == "yes")).ToList();
    }

    private static async Task<string> PopplerAsync(string tool, byte[] pdf, string[] options, string? output)
    {
        var file = Path.Combine(Path.GetTempPath(), $"corridor-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            string[] arguments = output is null ? [.. options, file] : [.. options, file, output];
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException($"{tool} did not start");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using System.Diagnostics;

namespace Corridor.Analytics;

/// <summary>Prints an HTML document to PDF with headless Chromium (the Debian package's /usr/bin/chromium unless CORRIDOR_CHROMIUM names another).</summary>
public static class PdfRenderer
{
    public static string Browser => Environment.GetEnvironmentVariable("CORRIDOR_CHROMIUM") is { Length: > 0 } b ? b : "/usr/bin/chromium";

    /// <summary>Writes <paramref name="html"/> as a PDF to <paramref name="output"/>; returns null on success or the reason it failed.</summary>
    public static async Task<string?> RenderAsync(string html, string output, CancellationToken ct)
    {
        if (!File.Exists(Browser))
        {
            return $"no Chromium at {Browser} (install the Debian package chromium, or set CORRIDOR_CHROMIUM)";
        }

        var folder = Directory.CreateTempSubdirectory("corridor-report-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllTextAsync(page, html, ct);
            var full = Path.GetFullPath(output);
            var start = new ProcessStartInfo(Browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={full}", new Uri(page).AbsoluteUri })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return "Chromium did not finish printing within 3 minutes";
            }

            return File.Exists(full) && new FileInfo(full).Length > 0 ? null : $"Chromium exited with {process.ExitCode} and wrote no PDF: {(await stderr).Trim()}";
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold its profile for a moment; the temp folder is cleaned with the rest.
            }
        }
    }
}

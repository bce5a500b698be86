using System.Collections.Concurrent;
using System.Diagnostics;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Corridor.Documents.Rendering;

/// <summary>
/// Prints HTML to PDF with ONE headless Chromium (Debian's, never a downloaded build) driven in-process over the
/// DevTools protocol by PuppeteerSharp. The browser starts on the first print and stays up for the life of the
/// process; at most <see cref="PageCount"/> pages print at once and are reused between prints. A browser that has
/// gone away is started again on the next print. Registered as a singleton (decision 020). The print options are
/// the cheap ones that leave the PDF's text and embedded fonts as they were (decision 038): no tagged (accessible)
/// structure tree, no wait for web fonts (the sheets use only installed fonts), content set on the load event.
/// </summary>
public sealed class ChromiumPdfPrinter(string executablePath, int pageCount = ChromiumPdfPrinter.DefaultPageCount) : IAsyncDisposable, IDisposable
{
    /// <summary>Pages printing at once by default: 3 keeps both cores busy while one page waits on the DevTools round trips (decision 038).</summary>
    public const int DefaultPageCount = 3;

    /// <summary>CORRIDOR_CHROMIUM when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string DefaultExecutable =>
        Environment.GetEnvironmentVariable("CORRIDOR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--font-render-hinting=none",
    ];

    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly SemaphoreSlim _slots = new(pageCount, pageCount);
    private readonly ConcurrentBag<IPage> _idle = [];
    private IBrowser? _browser;
    private bool _disposed;

    public string ExecutablePath { get; } = executablePath;

    public int PageCount { get; } = pageCount;

    /// <summary>How long the last start of the browser took (null before the first print).</summary>
    public TimeSpan? LastStartUp { get; private set; }

    /// <summary>How many times the browser was started (1 in a healthy process).</summary>
    public int StartCount { get; private set; }

    /// <summary>Prints <paramref name="html"/> on A4 (the page's own <c>@page</c> size wins) with the given header and footer templates.</summary>
    /// <exception cref="ChromiumUnavailableException">Chromium is missing or does not start or print.</exception>
    public async Task<byte[]> PrintAsync(string html, string headerTemplate, string footerTemplate, CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(ct);
        IPage? page = null;
        try
        {
            var browser = await BrowserAsync(ct);
            while (page is null && _idle.TryTake(out var idle))
            {
                page = idle.IsClosed ? null : idle;
            }

            page ??= await browser.NewPageAsync();
            await page.SetContentAsync(html, ContentOptions);
            var pdf = await page.PdfDataAsync(Options(headerTemplate, footerTemplate));
            _idle.Add(page);
            page = null;
            return pdf;
        }
        catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new ChromiumUnavailableException($"Chromium at {ExecutablePath} could not print: {e.Message}", e);
        }
        finally
        {
            if (page is not null)
            {
                await ClosePageAsync(page);
            }

            _slots.Release();
        }
    }

    /// <summary>
    /// How the page's content is set: on the load event, which also waits for the QR code's data-URI image (the
    /// DOMContentLoaded event does not); there is nothing on the network to wait for.
    /// </summary>
    public static SetContentOptions ContentOptions { get; } = new() { WaitUntil = [WaitUntilNavigation.Load] };

    /// <summary>
    /// The print options: A4 (the page's <c>@page</c> size wins), backgrounds, the running header and footer; no
    /// tagged-PDF structure tree (a third of the print's time and of the file) and no wait for web fonts, which the
    /// sheets do not use — the fonts are installed and still embedded as subsets.
    /// </summary>
    public static PdfOptions Options(string headerTemplate, string footerTemplate) => new()
    {
        Format = PaperFormat.A4,
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = headerTemplate,
        FooterTemplate = footerTemplate,
        MarginOptions = new MarginOptions { Top = "18mm", Bottom = "16mm", Left = "12mm", Right = "12mm" },
        Tagged = false,
        WaitForFonts = false,
    };

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new ChromiumUnavailableException($"no Chromium at {ExecutablePath} (install the Debian package chromium, or set CORRIDOR_CHROMIUM)");
            }

            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _idle.Clear();
            }

            var clock = Stopwatch.StartNew();
            _browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
            LastStartUp = clock.Elapsed;
            StartCount++;
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    private static async Task ClosePageAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PuppeteerException)
        {
            // The page or its browser is already gone; the next print opens a new one.
        }
    }

    /// <summary>For a service provider disposed synchronously: closes the browser all the same.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _start.Dispose();
        _slots.Dispose();
    }
}

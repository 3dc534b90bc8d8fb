using System.Net;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace BriefingGen.Printing;

/// <summary>
/// Prints pages to PDF with the system's Chromium through PuppeteerSharp, which speaks the DevTools protocol to it
/// directly (no driver process, and it runs under NativeAOT): one browser and one reused tab for the whole build
/// (fastest on small machines). Pages are served from the output folder under the site's address by request
/// interception; every other request is refused, and the browser runs with its network off (<see cref="OfflineChromium"/>),
/// so printing resolves no name and opens no connection.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly System.Collections.Concurrent.ConcurrentQueue<IPage> _pages = new();
    private readonly SemaphoreSlim _free;
    private readonly string _root;
    private readonly string _origin;

    private PdfPrinter(IBrowser browser, int tabs, string root, string origin)
    {
        _browser = browser;
        _free = new SemaphoreSlim(0, tabs);
        Tabs = tabs;
        _root = root;
        _origin = origin;
    }

    /// <summary>How many tabs print at once.</summary>
    public int Tabs { get; }

    /// <summary>Requests refused because they left the site: printing must need none.</summary>
    public List<string> BlockedRequests { get; } = [];

    /// <param name="browserPath">Chromium's executable.</param>
    /// <param name="root">The folder the site is written to; pages and assets are read from it.</param>
    /// <param name="origin">The address pages are loaded under (the base URL, so that PDF links point to the web).</param>
    /// <param name="tabs">Tabs printing at once; one reused tab was fastest on two cores (bench/RESULTS.md).</param>
    public static async Task<PdfPrinter> StartAsync(string browserPath, string root, string origin, int tabs = 1)
    {
        var args = new List<string>(OfflineChromium.Args) { "--disable-gpu", "--disable-dev-shm-usage" };
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            // The system's browser, always: PuppeteerSharp would otherwise look for one it downloaded itself.
            ExecutablePath = browserPath,
            Headless = true,
            // PuppeteerSharp joins the flags into one command line with spaces, so a flag with a space in it
            // (--host-resolver-rules=MAP * ~NOTFOUND) must be quoted or its words become pages to open.
            Args = [.. args.Select(arg => arg.Contains(' ') ? $"\"{arg}\"" : arg)],
        });
        var printer = new PdfPrinter(browser, Math.Max(1, tabs), root, origin);
        try
        {
            for (var i = 0; i < printer.Tabs; i++)
            {
                printer._pages.Enqueue(await printer.OpenTabAsync());
                printer._free.Release();
            }

            return printer;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>A tab with scripts off (print pages need none) whose every request is answered by <see cref="ServeAsync"/>.</summary>
    private async Task<IPage> OpenTabAsync()
    {
        var page = await _browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.AddRequestInterceptor(ServeAsync);
        return page;
    }

    public async Task<byte[]> PrintAsync(string outputPath)
    {
        await _free.WaitAsync();
        _pages.TryDequeue(out var page);
        try
        {
            await page!.GoToAsync(_origin + outputPath, WaitUntilNavigation.Load);
            await page.EmulateMediaTypeAsync(MediaType.Print);
            return await page.PdfDataAsync(new PdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
                DisplayHeaderFooter = false,
            });
        }
        finally
        {
            _pages.Enqueue(page!);
            _free.Release();
        }
    }

    /// <summary>Prints HTML given directly (a pack with its contents numbered), as if it were at <paramref name="outputPath"/>.</summary>
    public async Task<byte[]> PrintAsync(string outputPath, string html)
    {
        _overrides[_origin + outputPath] = html;
        try
        {
            return await PrintAsync(outputPath);
        }
        finally
        {
            _overrides.TryRemove(_origin + outputPath, out _);
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _overrides = new(StringComparer.Ordinal);

    private async Task ServeAsync(IRequest request)
    {
        var url = request.Url;
        if (_overrides.TryGetValue(url, out var html))
        {
            await request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = "text/html; charset=utf-8", Body = html });
            return;
        }

        var file = url.StartsWith(_origin, StringComparison.Ordinal) ? Resolve(url[_origin.Length..]) : null;
        if (file is null && url == new Uri(new Uri(_origin), "/favicon.ico").AbsoluteUri)
        {
            // Chromium asks for the site's icon by itself, not the page; interception sees that request (Playwright's
            // routing did not), and a site without one is no print page reaching outside the site.
            await request.RespondAsync(new ResponseData { Status = HttpStatusCode.NotFound });
            return;
        }

        if (file is null)
        {
            lock (BlockedRequests)
            {
                BlockedRequests.Add(url);
            }

            await request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
            return;
        }

        await request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = ContentType(file), BodyData = await File.ReadAllBytesAsync(file) });
    }

    private string? Resolve(string relative)
    {
        var path = Uri.UnescapeDataString(relative.Split('#', '?')[0]);
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(_root, path));
        return full.StartsWith(Path.GetFullPath(_root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".js" => "text/javascript",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _free.Dispose();
    }
}

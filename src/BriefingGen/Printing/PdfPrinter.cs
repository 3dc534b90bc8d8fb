using Microsoft.Playwright;

namespace BriefingGen.Printing;

/// <summary>
/// Prints pages to PDF with the system's Chromium through Playwright: one browser and one reused tab for the
/// whole build (fastest on small machines). Pages are served from the output folder under the site's address by
/// request routing; every other request is refused, and the browser runs with its network off (<see cref="OfflineChromium"/>),
/// so printing resolves no name and opens no connection.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly System.Collections.Concurrent.ConcurrentQueue<IPage> _pages;
    private readonly SemaphoreSlim _free;
    private readonly string _root;
    private readonly string _origin;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IReadOnlyList<IPage> pages, string root, string origin)
    {
        _playwright = playwright;
        _browser = browser;
        _pages = new(pages);
        _free = new SemaphoreSlim(pages.Count, pages.Count);
        Tabs = pages.Count;
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
        var playwright = await Playwright.CreateAsync();
        var args = new List<string>(OfflineChromium.Args) { "--disable-gpu", "--disable-dev-shm-usage" };
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            Args = args,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var pages = new List<IPage>();
        for (var i = 0; i < Math.Max(1, tabs); i++)
        {
            pages.Add(await context.NewPageAsync());
        }

        var printer = new PdfPrinter(playwright, browser, pages, root, origin);
        await context.RouteAsync("**/*", printer.ServeAsync);
        return printer;
    }

    public async Task<byte[]> PrintAsync(string outputPath)
    {
        await _free.WaitAsync();
        _pages.TryDequeue(out var page);
        try
        {
            await page!.GotoAsync(_origin + outputPath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            return await page.PdfAsync(new PagePdfOptions
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

    private async Task ServeAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (_overrides.TryGetValue(url, out var html))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
            return;
        }

        var file = url.StartsWith(_origin, StringComparison.Ordinal) ? Resolve(url[_origin.Length..]) : null;
        if (file is null)
        {
            lock (BlockedRequests)
            {
                BlockedRequests.Add(url);
            }

            await route.AbortAsync("blockedbyclient");
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
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
        _playwright.Dispose();
    }
}

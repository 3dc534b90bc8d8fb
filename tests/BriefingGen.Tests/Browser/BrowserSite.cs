using BriefingGen.Indexing;
using BriefingGen.Printing;
using BriefingGen.Tests.Support;
using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The browser tests share one built site and one Chromium (built and launched once, used in turn).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// <summary>
/// The bundled site built once, with search, into a temporary folder, and one headless Chromium to look at it.
/// Pages are served under <see cref="Origin"/> through Playwright routing: nothing touches a real network, and every
/// request outside the site is refused and recorded. Without Chromium nothing is built and every test skips.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    // Under the path of the bundled site's base_url, as a host would serve it: the 404 page's links start from that path.
    public const string Origin = "http://site.test/briefings/";
    public const string NoBrowser = "Chromium is not installed (apt-get install chromium); .ci/run installs it";
    public const string NoPagefind = "Pagefind is not installed (npm install -g pagefind); .ci/run installs it, and without it the site has no search page";

    private IPlaywright? _playwright;

    public BrowserSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "bg-browser-" + Guid.NewGuid().ToString("N")[..12]);
    }

    /// <summary>The site folder written by the build.</summary>
    public string Output { get; }

    public BuildResult? Result { get; private set; }

    /// <summary>Pagefind is installed, so the site has a search page and an index.</summary>
    public bool HasPagefind { get; private set; }

    /// <summary>The shared browser, or null when this machine has no Chromium.</summary>
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        var executable = BrowserLocator.Find(null);
        if (executable is null)
        {
            return;
        }

        HasPagefind = PagefindLocator.Find(Repository.Root, null) is not null;
        Result = SiteBuilder.Build(new BuildOptions { Source = Repository.Root, Output = Output, Search = true, BaseUrl = null });
        _playwright = await Playwright.CreateAsync();
        var args = new List<string>
        {
            "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", "--disable-dev-shm-usage",
        };
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = args });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    /// <summary>The browser; skips the calling test when Chromium is missing, fails it when the site did not build.</summary>
    public IBrowser RequireBrowser()
    {
        var browser = Browser;
        Skip.If(browser is null, NoBrowser);
        Assert.True(Result is { Succeeded: true }, "the bundled site did not build:\n" + string.Join("\n", Result?.Diagnostics ?? []));
        return browser!;
    }

    /// <summary>A new browser context serving the built site under <see cref="Origin"/>.</summary>
    public async Task<SiteSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var browser = RequireBrowser();
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(15_000);
        var session = new SiteSession(context, Output);
        await context.RouteAsync("**/*", session.ServeAsync);
        return session;
    }

    /// <summary>A new browser context without routing, for pages opened from the disk.</summary>
    public async Task<IBrowserContext> OpenUnroutedAsync(BrowserNewContextOptions? options = null) =>
        await RequireBrowser().NewContextAsync(options ?? new BrowserNewContextOptions());

    /// <summary>The address of a site path ("case-studies/" or "404.html").</summary>
    public static string Url(string path) => Origin + path.TrimStart('/');
}

/// <summary>One browser context on the built site, with the requests it refused or could not serve.</summary>
public sealed class SiteSession : IAsyncDisposable
{
    private readonly string _root;
    private readonly List<string> _blocked = [];
    private readonly List<string> _missing = [];

    public SiteSession(IBrowserContext context, string root)
    {
        Context = context;
        _root = Path.GetFullPath(root);
    }

    public IBrowserContext Context { get; }

    /// <summary>Requests that left the site (refused): there must be none.</summary>
    public IReadOnlyList<string> Blocked { get { lock (_blocked) { return [.. _blocked]; } } }

    /// <summary>Requests for site addresses with no file behind them (answered 404).</summary>
    public IReadOnlyList<string> Missing { get { lock (_missing) { return [.. _missing]; } } }

    /// <summary>Nothing was requested outside the site, and every site address asked for was there.</summary>
    public void AssertStayedOnSite()
    {
        Assert.True(Blocked.Count == 0, "requests outside the site:\n" + string.Join("\n", Blocked));
        Assert.True(Missing.Count == 0, "requests for missing files:\n" + string.Join("\n", Missing));
    }

    public void ClearRecords()
    {
        lock (_blocked) { _blocked.Clear(); }
        lock (_missing) { _missing.Clear(); }
    }

    public async Task<IPage> NewPageAsync() => await Context.NewPageAsync();

    /// <summary>Opens a site path in a new page and checks that it was served.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Context.NewPageAsync();
        await GotoAsync(page, path);
        return page;
    }

    public static async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(BrowserSite.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Status: 200 }, $"{path}: HTTP {response?.Status}");
    }

    internal async Task ServeAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(BrowserSite.Origin, StringComparison.Ordinal))
        {
            lock (_blocked) { _blocked.Add(url); }
            await route.AbortAsync("blockedbyclient");
            return;
        }

        var file = Resolve(url[BrowserSite.Origin.Length..]);
        if (file is null)
        {
            lock (_missing) { _missing.Add(url); }
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not found" });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentType(file), BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    private string? Resolve(string relative)
    {
        var path = Uri.UnescapeDataString(relative.Split('#', '?')[0]);
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return (full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".xml" => "application/xml",
        ".wasm" => "application/wasm",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

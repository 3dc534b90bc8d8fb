using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Browser;
using BriefingGen.Tests.Support;
using Microsoft.Playwright;

namespace BriefingGen.Tests.Serve;

/// <summary>In a real browser: a broken edit shows its error in the overlay, line breaks and all, and reloads nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorOverlayBrowserTests(BrowserSite browserSite)
{
    [SkippableFact]
    public async Task The_overlay_shows_a_diagnostic_with_line_breaks_escaped_and_the_page_is_not_reloaded()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nFine.\n");
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        await using var context = await browserSite.OpenUnroutedAsync();
        var outside = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(server.Address, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            lock (outside) { outside.Add(route.Request.Url); }
            await route.AbortAsync("blockedbyclient");
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Address + "a/");
        await page.EvaluateAsync("window.briefinggenMarker = 'not reloaded'");

        site.WriteFile("content/a.md", "---\ntitle: A\nthemes: [\"x\\r\\nevent: reload\\r\\ndata: 1\\r\\n\\r\\n\\N\\L\\Py\\rz\"]\n---\nBroken.\n");
        var overlay = page.Locator("#briefinggen-error-overlay");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        var text = await overlay.EvaluateAsync<string>("e => e.textContent");
        Assert.Contains(@"unknown theme 'x\r\nevent: reload\r\ndata: 1\r\n\r\n\u0085\u2028\u2029y\rz'", text);
        Assert.StartsWith("BriefingGen: the build failed\n\ncontent/a.md:", text);
        await Task.Delay(500); // time for a reload the text might have smuggled in
        Assert.Equal("not reloaded", await page.EvaluateAsync<string>("window.briefinggenMarker"));
        Assert.Empty(outside);
    }
}

using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The built site works opened straight from the disk: links, styles and scripts all load from file://.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FileUrlTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Home_to_a_case_study_to_the_definitions_from_file_urls()
    {
        site.RequireBrowser();
        await using var context = await site.OpenUnroutedAsync();
        var failed = new List<string>();
        var requested = new List<string>();
        var errors = new List<string>();
        context.RequestFailed += (_, request) => { lock (failed) { failed.Add($"{request.Url}: {request.Failure}"); } };
        context.Request += (_, request) => { lock (requested) { requested.Add(request.Url); } };
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") { lock (errors) { errors.Add(message.Text); } } };
        page.PageError += (_, error) => { lock (errors) { errors.Add(error); } };
        var home = new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri;

        await page.GotoAsync(home, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await AssertStyledAsync(page);

        await page.Locator("main a[href$='case-studies/st-marys-estate/index.html']").First.ClickAsync();
        await page.WaitForURLAsync("**/case-studies/st-marys-estate/index.html", new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal("St Mary's Estate, South London: co-commissioning a youth project", (await page.Locator("h1").TextContentAsync())?.Trim());
        await AssertStyledAsync(page);

        await page.Locator("main .term-link").First.ClickAsync();
        await page.WaitForURLAsync("**/definitions/index.html#term-*", new() { WaitUntil = WaitUntilState.Load });
        var anchor = page.Url[(page.Url.IndexOf('#') + 1)..];
        Assert.Equal(1, await page.Locator($"[id='{anchor}']").CountAsync());
        await AssertStyledAsync(page);

        Assert.True(failed.Count == 0, "failed requests:\n" + string.Join("\n", failed));
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join("\n", errors));
        Assert.All(requested, url => Assert.StartsWith("file:///", url));
        Assert.Contains(requested, url => url.EndsWith("/assets/style.css", StringComparison.Ordinal));
    }

    /// <summary>The stylesheet was applied: the header is laid out by style.css, not the browser's defaults.</summary>
    private static async Task AssertStyledAsync(IPage page) =>
        Assert.Equal("flex", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).display"));
}

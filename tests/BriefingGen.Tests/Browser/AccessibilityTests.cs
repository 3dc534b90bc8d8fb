using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>axe-core finds no WCAG 2.2 A/AA problem on any kind of page, light or dark, on phones, a tablet or a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly int[] Widths = PageWidthTests.Widths;

    /// <summary>Each page is loaded once per scheme and checked at every width (the viewport is resized in between).</summary>
    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_kind_of_page_has_no_axe_violations_at_320_375_768_and_1280_px(ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 },
        });
        await Axe.InstallAsync(session.Context);
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(site.HasPagefind))
        {
            await page.SetViewportSizeAsync(Widths[0], 900);
            if (path == SitePages.Search)
            {
                // Checked with results showing, so that Pagefind's result list and filters are checked too.
                await SiteSession.GotoAsync(page, path + "?q=residents");
                await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
            }
            else
            {
                await SiteSession.GotoAsync(page, path);
            }

            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                problems.AddRange(Axe.Describe(await Axe.RunAsync(page, Axe.Wcag22AA), $"{name} page ({path}), {scheme} scheme, {width} px"));
            }
        }

        Assert.True(problems.Count == 0, "axe-core violations:\n" + string.Join("\n", problems));
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task The_fast_axe_run_finds_what_RunAxe_finds()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        await Axe.InstallAsync(session.Context);
        var page = await session.OpenAsync(SitePages.Grid);

        var fast = await Axe.RunAsync(page, Axe.Wcag22AA);
        var deque = await page.RunAxe(Axe.Wcag22AA);

        Assert.Equal(deque.Violations.Select(v => v.Id).Order(), fast.Violations.Select(v => v.Id).Order());
        Assert.Equal(deque.Passes.Select(v => v.Id).Order(), fast.Passes.Select(v => v.Id).Order());
        Assert.Equal(deque.Incomplete.Select(v => v.Id).Order(), fast.Incomplete.Select(v => v.Id).Order());
        Assert.NotEmpty(fast.Passes);
    }
}

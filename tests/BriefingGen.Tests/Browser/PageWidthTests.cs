using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// No page scrolls sideways, on a 320 px phone, a 375 px phone, a 768 px tablet or a 1280 px desk, light or dark: what
/// is wider than the screen (a table, a grid) scrolls in its own box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWidthTests(BrowserSite site)
{
    public static readonly int[] Widths = [320, 375, 768, 1280];

    // The page's width, and the outermost elements that stick out (hidden ones too: they still widen the page).
    internal const string Sideways = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [String(document.documentElement.scrollWidth), ...[...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && e.parentElement.getBoundingClientRect().right <= width + 1)
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''))];
        }
        """;

    /// <summary>Each page is loaded once and looked at in each width (the window is resized in between).</summary>
    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task No_kind_of_page_scrolls_sideways_at_320_375_768_or_1280_px(ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = Widths[0], Height = 800 } });
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(site.HasPagefind))
        {
            await page.SetViewportSizeAsync(Widths[0], 800);
            await SiteSession.GotoAsync(page, path);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                if (await page.EvaluateAsync<string[]>(Sideways) is [var wide, .. var sticking])
                {
                    problems.Add($"{name} page ({path}), {scheme} scheme, is {wide} px wide at {width} px: {string.Join(", ", sticking)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        session.AssertStayedOnSite();
    }
}

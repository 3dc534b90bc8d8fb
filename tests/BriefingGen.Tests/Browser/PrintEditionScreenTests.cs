using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>A print edition opened on screen (no PDF built) reads as sheets of A4 with a way back to the web page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintEditionScreenTests(BrowserSite site)
{
    [SkippableFact]
    public async Task On_a_desk_the_paper_is_an_a4_sheet_under_a_bar_back_to_the_web_page()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await session.OpenAsync(SitePages.Paper);

        var sheet = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('main').getBoundingClientRect(); return [r.left, r.width]; })()");
        Assert.InRange(sheet[1], 790, 797); // 210 mm at 96 px to the inch
        Assert.True(sheet[0] > 200, $"the sheet starts {sheet[0]} px from the window's edge, not centred");
        Assert.Empty(await page.Locator(".print-bar a[download]").AllAsync()); // no PDF was built for this site

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the web page" }).ClickAsync();
        await page.WaitForURLAsync("**/" + SitePages.CaseStudy + "index.html");
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task On_a_phone_the_paper_fits_the_screen_and_on_paper_the_bar_is_gone()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var page = await session.OpenAsync(SitePages.Paper);

        var wide = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the paper scrolls sideways at 320 px: " + wide);
        Assert.True(await page.Locator(".print-bar").IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".print-bar").IsVisibleAsync());
    }

    /// <summary>
    /// The pack's embedded grids list their cases as chips: set for A4 they were wider than a phone. Stacked, neither
    /// they nor the sheet scroll sideways (a wide data table still may, in its own box).
    /// </summary>
    [SkippableTheory]
    [InlineData(SitePages.Pack)]
    [InlineData(SitePages.Paper)]
    [InlineData(SitePages.Handout)]
    public async Task On_a_phone_the_grids_stack_as_on_the_web_pages_and_nothing_scrolls_sideways(string path)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var page = await session.OpenAsync(path);
        const string Displays = "() => [...document.querySelectorAll('main table.grid')].map(t => getComputedStyle(t).display)";

        Assert.All(await page.EvaluateAsync<string[]>(Displays), d => Assert.Equal("block", d));
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main, .print-grids, .placement, .table-wrap:has(> table.grid)')].filter(e => e.scrollWidth > e.clientWidth + 1)"
            + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)");
        Assert.True(wide.Length == 0, $"at 320 px on {path} these scroll sideways: " + string.Join(", ", wide));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 320 px");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.All(await page.EvaluateAsync<string[]>(Displays), d => Assert.Equal("table", d));
    }
}

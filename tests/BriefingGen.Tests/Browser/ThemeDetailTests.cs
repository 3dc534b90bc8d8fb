using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The small things a reader notices: even breadcrumb separators, a figure's data behind "Show the data", charts that fit, each listed page's kind.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeDetailTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Breadcrumb_separators_sit_midway_between_the_crumbs()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.Grid);
        // Before the separator: the list's gap and the separator's left margin; after it: its right margin.
        var space = await page.EvaluateAsync<double[]>(@"() => {
            const list = document.querySelector('.breadcrumbs ol');
            const before = getComputedStyle(list.children[1], '::before');
            return [parseFloat(getComputedStyle(list).columnGap) + parseFloat(before.marginLeft), parseFloat(before.marginRight)];
        }");
        Assert.True(Math.Abs(space[0] - space[1]) < 1, $"{space[0]} px before the separator, {space[1]} px after");
    }

    [SkippableFact]
    public async Task A_figure_data_table_is_behind_show_the_data()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.Figure);
        var details = page.Locator("figure.chart details");
        Assert.Equal(1, await details.CountAsync());
        Assert.Equal("Show the data", (await details.Locator("summary").TextContentAsync())?.Trim());
        var table = details.Locator("table.figure-data");
        Assert.False(await table.IsVisibleAsync(), "the data shows before it is asked for");
        await details.Locator("summary").ClickAsync();
        Assert.True(await table.IsVisibleAsync());
    }

    [SkippableFact]
    public async Task A_chart_scales_down_to_a_320_px_phone_without_scrolling_sideways()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var page = await session.OpenAsync(SitePages.Figure);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the figure page scrolls sideways at 320 px");
        var box = await page.Locator("figure.chart svg >> visible=true").BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Width: > 240 } && box.X + box.Width <= 320, $"the chart is {box?.Width} px wide at {box?.X}");
    }

    [SkippableFact]
    public async Task On_a_desk_a_chart_is_large_and_centred_in_the_text_column()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await session.OpenAsync(SitePages.Figure);
        var sides = await page.EvaluateAsync<double[]>(@"() => {
            const figure = document.querySelector('figure.chart').getBoundingClientRect();
            const chart = document.querySelector('figure.chart svg').getBoundingClientRect();
            const text = parseFloat(getComputedStyle(document.querySelector('figure.chart svg text')).fontSize) * chart.width / document.querySelector('figure.chart svg').viewBox.baseVal.width;
            return [chart.left - figure.left, figure.right - chart.right, chart.width, text];
        }");
        Assert.True(Math.Abs(sides[0] - sides[1]) < 2, $"the chart is {sides[0]} px from the column's left and {sides[1]} px from its right");
        Assert.True(sides[2] >= 480, $"the chart is {sides[2]} px wide");
        Assert.True(sides[3] >= 14, $"the chart's text is {sides[3]} px");
    }

    [SkippableTheory]
    [InlineData(SitePages.SectionList)]
    [InlineData(SitePages.Theme)]
    public async Task Each_listed_page_says_its_kind(string path)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(path);
        var kinds = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main .page-list > li')].map(li => li.querySelector('.kind')?.textContent.trim() ?? '')");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.False(string.IsNullOrEmpty(kind)));
        if (path == SitePages.SectionList)
        {
            Assert.All(kinds, kind => Assert.Equal("Case study", kind));
        }
    }
}

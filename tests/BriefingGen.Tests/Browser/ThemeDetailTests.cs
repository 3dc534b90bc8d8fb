using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The small things a reader notices: even breadcrumb separators, a figure's data behind "Show the data", each listed page's kind.</summary>
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

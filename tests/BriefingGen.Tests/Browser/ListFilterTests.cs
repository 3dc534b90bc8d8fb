using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>Section lists sort and filter with JavaScript, and stay whole without it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListFilterTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Filtering_the_case_studies_by_a_theme_hides_the_others()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.SectionList);
        var items = page.Locator(".page-list > li");
        var total = await items.CountAsync();
        Assert.True(total >= 2);

        Assert.Equal(1, await page.Locator("form.list-controls").CountAsync());
        Assert.True(await page.GetByLabel("Sort by").IsVisibleAsync());
        var theme = page.GetByLabel("Theme");
        Assert.True(await theme.IsVisibleAsync());

        // A theme that some case studies have and some do not.
        var themes = await items.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.themes)");
        var partial = themes.SelectMany(t => t.Split('|')).Distinct()
            .First(t => themes.Count(list => list.Split('|').Contains(t)) < themes.Length);
        await theme.SelectOptionAsync(partial);

        for (var i = 0; i < total; i++)
        {
            var matches = themes[i].Split('|').Contains(partial);
            Assert.Equal(matches, await items.Nth(i).IsVisibleAsync());
        }

        var shown = themes.Count(t => t.Split('|').Contains(partial));
        Assert.Equal($"{shown} of {total} shown", (await page.Locator(".list-status").TextContentAsync())?.Trim());

        await theme.SelectOptionAsync("");
        Assert.Equal(total, await page.Locator(".page-list > li:visible").CountAsync());
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task Without_javascript_the_plain_list_shows_every_item()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await session.OpenAsync(SitePages.SectionList);
        var items = page.Locator(".page-list > li");
        var total = await items.CountAsync();
        Assert.True(total >= 2);
        Assert.Equal(0, await page.Locator(".list-controls").CountAsync());
        for (var i = 0; i < total; i++)
        {
            Assert.True(await items.Nth(i).IsVisibleAsync());
        }
    }
}

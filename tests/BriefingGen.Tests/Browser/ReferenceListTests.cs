namespace BriefingGen.Tests.Browser;

/// <summary>An author-date reference list reads in name order, as published lists do: no numbers before its entries.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferenceListTests(BrowserSite site)
{
    [SkippableTheory]
    [InlineData(SitePages.Bibliography)]
    [InlineData(SitePages.CaseStudy)]
    public async Task Reference_lists_are_not_numbered(string path)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(path);
        var styles = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('ol.references')].map(l => getComputedStyle(l).listStyleType)");
        Assert.NotEmpty(styles);
        Assert.All(styles, style => Assert.Equal("none", style));
    }
}

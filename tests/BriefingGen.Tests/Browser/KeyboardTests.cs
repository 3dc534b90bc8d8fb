using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Browser;

/// <summary>The header menu can be used from the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class KeyboardTests(BrowserSite site)
{
    [SkippableTheory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.CaseStudy)]
    public async Task Tab_from_the_top_reaches_every_menu_link_in_order(string path)
    {
        site.RequireBrowser();
        // The menu as site.config.yml gives it, as the addresses the links resolve to.
        var menu = MenuUrl().Matches(File.ReadAllText(Repository.Path("site.config.yml")))
            .Select(m => BrowserSite.Url(m.Groups[1].Value + "index.html")).ToList();
        Assert.True(menu.Count >= 3, "site.config.yml has no menu");

        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(path);
        var focused = new List<string>();
        for (var i = 0; i < menu.Count + 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("document.activeElement.href || document.activeElement.tagName"));
        }

        // The skip link, the site title (home), then the menu.
        Assert.Equal(BrowserSite.Url(path) + "#main", focused[0]);
        Assert.Equal(BrowserSite.Url("index.html"), focused[1]);
        Assert.Equal(menu, focused.Skip(2));
        session.AssertStayedOnSite();
    }

    [GeneratedRegex(@"^\s*-?\s*url:\s*(/\S*/)\s*$", RegexOptions.Multiline)]
    private static partial Regex MenuUrl();
}

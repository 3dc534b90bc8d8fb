using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// Light or dark follows the system until the reader presses the header's button; the choice is remembered on the next
/// page. Without JavaScript the page still follows the system and shows no button that would do nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ColourSchemeTests(BrowserSite site)
{
    private const string Background = "() => getComputedStyle(document.documentElement).backgroundColor";
    private const string White = "rgb(255, 255, 255)";

    [SkippableFact]
    public async Task The_button_switches_to_light_and_the_choice_is_remembered()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        Assert.NotEqual(White, await page.EvaluateAsync<string>(Background));
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Dark mode" });
        Assert.True(await button.IsVisibleAsync());
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));

        await button.ClickAsync();
        Assert.Equal(White, await page.EvaluateAsync<string>(Background));
        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));

        await SiteSession.GotoAsync(page, SitePages.Grid);
        Assert.Equal(White, await page.EvaluateAsync<string>(Background));
        await button.ClickAsync();
        Assert.NotEqual(White, await page.EvaluateAsync<string>(Background));
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task Without_javascript_the_page_follows_the_system_and_hides_the_button()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark, JavaScriptEnabled = false });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        Assert.NotEqual(White, await page.EvaluateAsync<string>(Background));
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
    }
}

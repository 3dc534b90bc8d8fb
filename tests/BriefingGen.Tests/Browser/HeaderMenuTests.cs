using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// On a phone the header is one line of title and a Menu button, so the page starts on the first screen; the button
/// opens the menu by tap or keyboard, and Escape closes it. Without JavaScript, and on a desk, the menu shows as it is.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderMenuTests(BrowserSite site)
{
    private const int PhoneHeight = 667;

    private static BrowserNewContextOptions Phone(int width, bool javaScript = true) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = PhoneHeight },
        HasTouch = true,
        IsMobile = true,
        JavaScriptEnabled = javaScript,
    };

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task On_a_phone_the_header_takes_little_of_the_first_screen_and_a_tap_opens_the_menu(int width)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(Phone(width));
        await Axe.InstallAsync(session.Context);
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Menu" });
        var firstLink = page.Locator(".site-menu a").First;

        var height = await page.Locator(".site-header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= PhoneHeight * 0.15, $"the header is {height} px tall at {width} px, more than 15% of {PhoneHeight} px");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await firstLink.IsVisibleAsync());

        await button.TapAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        foreach (var part in await page.Locator(".site-menu a, .theme-toggle, #site-search-q").AllAsync())
        {
            Assert.True(await part.IsVisibleAsync(), $"{await part.EvaluateAsync<string>("e => e.outerHTML")} is hidden in the open menu");
        }

        var problems = Axe.Describe(await Axe.RunAsync(page, Axe.Wcag22AA), $"case study, {width} px, menu open").ToList();
        Assert.True(problems.Count == 0, "axe-core violations:\n" + string.Join("\n", problems));

        var href = await firstLink.EvaluateAsync<string>("a => a.href");
        var arrived = page.WaitForURLAsync(href, new PageWaitForURLOptions { Timeout = 60_000 });
        await firstLink.TapAsync();
        await arrived;
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task The_keyboard_opens_the_menu_reaches_its_links_and_Escape_closes_it()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(Phone(320));
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var button = page.Locator(".menu-toggle");
        const string Focused = "() => document.activeElement.className || document.activeElement.textContent";

        // The skip link, the site title, then the button.
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("menu-toggle", await page.EvaluateAsync<string>(Focused));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("Tab");
        var first = page.Locator(".site-menu a").First;
        Assert.Equal(await first.EvaluateAsync<string>("a => a.href"), await page.EvaluateAsync<string>("() => document.activeElement.href"));
        Assert.True(await first.IsVisibleAsync());

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.Equal("menu-toggle", await page.EvaluateAsync<string>(Focused));
        Assert.False(await first.IsVisibleAsync());

        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
    }

    [SkippableFact]
    public async Task Without_javascript_a_phone_shows_the_menu_and_no_button()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(Phone(320, javaScript: false));
        var page = await session.OpenAsync(SitePages.CaseStudy);
        Assert.False(await page.Locator(".menu-toggle").IsVisibleAsync());
        foreach (var link in await page.Locator(".site-menu a").AllAsync())
        {
            Assert.True(await link.IsVisibleAsync());
        }
    }

    [SkippableFact]
    public async Task On_a_desk_the_menu_shows_and_there_is_no_button()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        Assert.False(await page.Locator(".menu-toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".site-menu a").First.IsVisibleAsync());
        Assert.True(await page.Locator("#site-search-q").IsVisibleAsync());
        var tops = await page.Locator(".site-menu a").EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().top)");
        Assert.True(tops.Distinct().Count() == 1, "on a desk the menu's links are no longer on one line");
    }
}

using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// On a phone (an emulated Pixel 5, touch) a term's explanation and a citation's reference show on a first tap, with a
/// link to the full definition; a second tap follows the link; Escape and a tap elsewhere close the explanation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TouchTipTests(BrowserSite site)
{
    private const string Shown = "id => { const tip = document.getElementById(id); return !!tip && getComputedStyle(tip).display !== 'none'; }";

    private static BrowserNewContextOptions Pixel5 => new()
    {
        ViewportSize = new ViewportSize { Width = 393, Height = 851 },
        ScreenSize = new ScreenSize { Width = 393, Height = 851 },
        DeviceScaleFactor = 2.75f,
        IsMobile = true,
        HasTouch = true,
        UserAgent = "Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
    };

    [SkippableFact]
    public async Task A_first_tap_on_a_term_shows_its_explanation_and_a_second_tap_follows_it()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(Pixel5);
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var link = page.Locator("main .content .term-link").First;
        var tipId = await link.GetAttributeAsync("aria-describedby") ?? "";
        var href = await link.EvaluateAsync<string>("link => link.href");
        var url = page.Url;

        // First tap: the explanation, with a link to the full definition; the page stays.
        await link.ScrollIntoViewIfNeededAsync();
        await link.TapAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        Assert.Equal(url, page.Url);
        var more = page.Locator($"[id='{tipId}'] a.tip-more");
        Assert.Equal("Full definition", (await more.TextContentAsync())?.Trim());
        Assert.Equal(href, await more.EvaluateAsync<string>("a => a.href"));
        Assert.True(await more.IsVisibleAsync());

        // A tap elsewhere closes it.
        await page.Locator("main h1").TapAsync();
        await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);

        // Escape closes it too.
        await link.TapAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);
        Assert.Equal(url, page.Url);

        // A first tap shows it again, a second follows the link to the definition.
        await link.TapAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        var arrived = page.WaitForURLAsync(href, new PageWaitForURLOptions { Timeout = 60_000 });
        await link.TapAsync();
        await arrived;
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task A_tap_on_a_citation_shows_the_work_it_cites()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(Pixel5);
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var cite = page.Locator("main .content a.cite").First;
        var tipId = await cite.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(tipId), "the citation has no tip");
        var key = (await cite.GetAttributeAsync("href") ?? "").Split("#ref-")[1];
        var entry = await page.Locator($"main .references li[data-ref='{key}']").TextContentAsync() ?? "";
        var tip = page.Locator($"[id='{tipId}']");
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));
        Assert.Equal(entry.Trim(), (await tip.TextContentAsync())?.Trim());

        var url = page.Url;
        await cite.ScrollIntoViewIfNeededAsync();
        await cite.TapAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        Assert.Equal(url, page.Url);
        await page.Locator("main h1").TapAsync();
        await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);
    }

    [SkippableFact]
    public async Task A_citation_shows_the_work_on_hover_and_on_keyboard_focus()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var cite = page.Locator("main .content a.cite").First;
        var tipId = await cite.GetAttributeAsync("aria-describedby");
        await cite.ScrollIntoViewIfNeededAsync();
        await cite.HoverAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);
        await cite.FocusAsync();
        await page.WaitForFunctionAsync(Shown, tipId);
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);
    }
}

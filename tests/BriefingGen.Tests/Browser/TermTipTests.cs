using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>A term in a case study explains itself on hover and on keyboard focus, and still links to its definition.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TermTipTests(BrowserSite site)
{
    private const string TipShown = @"tip => { const s = getComputedStyle(tip); return s.display !== 'none' && s.visibility === 'visible' && s.opacity === '1'; }";

    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task The_first_term_shows_its_explanation_on_hover_and_on_keyboard_focus(int width)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var link = page.Locator("main .term-link").First;
        var tipId = await link.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(tipId), "the term link has no aria-describedby");
        var tip = page.Locator($"[id='{tipId}']");
        Assert.Equal(1, await tip.CountAsync());
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));
        Assert.Contains("term-tip", await tip.GetAttributeAsync("class") ?? "");
        Assert.False(string.IsNullOrWhiteSpace(await tip.TextContentAsync()));
        Assert.False(await tip.IsVisibleAsync(), "the explanation shows before hover or focus");

        // Hover.
        await link.ScrollIntoViewIfNeededAsync();
        await link.HoverAsync();
        await page.WaitForFunctionAsync($"() => ({TipShown})(document.getElementById('{tipId}'))");
        Assert.True(await tip.IsVisibleAsync());
        await AssertInsideViewportAsync(page, tip, width);

        // Away again: hidden.
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForFunctionAsync($"() => !({TipShown})(document.getElementById('{tipId}'))");

        // Keyboard focus: from the focusable element just before the term link, one Tab.
        await link.EvaluateAsync(@"link => {
            const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=""-1""])')];
            focusable[focusable.indexOf(link) - 1].focus();
        }");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await link.EvaluateAsync<bool>("link => document.activeElement === link"), "Tab did not reach the term link");
        await page.WaitForFunctionAsync($"() => ({TipShown})(document.getElementById('{tipId}'))");
        await AssertInsideViewportAsync(page, tip, width);
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotTests.Folder, $"term-tip-{width}.png") });
        session.AssertStayedOnSite();
    }

    [SkippableFact]
    public async Task Escape_hides_an_open_explanation_without_moving_focus()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var link = page.Locator("main .term-link").First;
        var tipId = await link.GetAttributeAsync("aria-describedby");
        await link.FocusAsync();
        await page.WaitForFunctionAsync($"() => ({TipShown})(document.getElementById('{tipId}'))");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync($"() => !({TipShown})(document.getElementById('{tipId}'))");
        Assert.True(await link.EvaluateAsync<bool>("link => document.activeElement === link"), "Escape moved focus");
    }

    [SkippableFact]
    public async Task The_term_link_still_goes_to_the_definition_entry()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var link = page.Locator("main .term-link").First;
        var href = await link.EvaluateAsync<string>("link => link.href");
        var word = (await link.TextContentAsync() ?? "").Trim();
        Assert.StartsWith(BrowserSite.Url(SitePages.Definitions + "index.html#term-"), href);

        // Followed from the keyboard, as a reader tabbing to it would, with the wait for the new page begun first:
        // begun after, it sometimes missed a navigation that had already happened. Generous time: on a busy
        // two-core machine the browser can be slow to navigate.
        var arrived = page.WaitForURLAsync(href, new PageWaitForURLOptions { Timeout = 60_000 });
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        var id = href[(href.IndexOf('#') + 1)..];
        var entry = page.Locator($"[id='{id}']");
        Assert.Equal(1, await entry.CountAsync());
        Assert.True(await entry.IsVisibleAsync());
        Assert.Equal(BrowserSite.Url(SitePages.Definitions + "index.html"), page.Url.Split('#')[0]);
        // The entry names the word the link showed (as the term's name or one of its aliases).
        Assert.Contains(word, await entry.TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);
        session.AssertStayedOnSite();
    }

    private static async Task AssertInsideViewportAsync(IPage page, ILocator tip, int width)
    {
        var box = await tip.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"the explanation is cut off at {width} px: x={box?.X}, width={box?.Width}");
    }
}

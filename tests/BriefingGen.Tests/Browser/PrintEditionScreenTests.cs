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
}

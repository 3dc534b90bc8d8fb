using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// Full-page screenshots of the main kinds of page on a phone and a desktop, for a person to look at (written to
/// the test output folder's screenshots/), and a check that nothing is wider than a phone's screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Screenshots_of_the_main_pages_fit_the_width(int width)
    {
        site.RequireBrowser();
        Directory.CreateDirectory(Folder);
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in new[] { ("home", SitePages.Home), ("case-study", SitePages.CaseStudy), ("definitions", SitePages.Definitions), ("grid", SitePages.Grid), ("bibliography", SitePages.Bibliography), ("case-studies", SitePages.SectionList), ("cardiff", "case-studies/cardiff-neighbourhood-collaboration/") })
        {
            await SiteSession.GotoAsync(page, path);
            var file = Path.Combine(Folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");

            // Nothing sticks out sideways: the page scrolls only down (wide tables scroll in their own box).
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                // The outermost elements that stick out (hidden ones too: they still widen the page).
                var wide = await page.EvaluateAsync<string[]>($@"() => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > {width} + 1 && e.parentElement.getBoundingClientRect().right <= {width} + 1)
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))");
                problems.Add($"{name} page ({path}) is {scrollWidth} px wide at {width} px: {string.Join(", ", wide)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        session.AssertStayedOnSite();
    }
}

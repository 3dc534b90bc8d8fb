using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// A chart's labels read at 12 px or more on a 320 px phone, on its web page and on a print edition's sheet: the
/// chart drawn narrower for phones shows there instead of the wide one shrunk to fit.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTextTests(BrowserSite site)
{
    // Every text of every chart shown, as rendered: its font size times the SVG's scale on screen.
    private const string RenderedSizes = """
        () => [...document.querySelectorAll('svg.chart-svg')].filter(svg => svg.getClientRects().length > 0)
          .flatMap(svg => [...svg.querySelectorAll('text')].map(text =>
            [text.textContent, String(parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a)]))
        """;

    [SkippableTheory]
    [InlineData(SitePages.Figure)]
    [InlineData(SitePages.Briefing)]
    [InlineData(SitePages.Briefing + "paper/")]
    [InlineData(SitePages.Pack)]
    public async Task At_320_px_every_chart_label_renders_at_12_px_or_more(string path)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 700 } });
        var page = await session.OpenAsync(path);

        var texts = await page.EvaluateAsync<string[][]>(RenderedSizes);
        Assert.NotEmpty(texts);
        var small = texts.Where(t => double.Parse(t[1], System.Globalization.CultureInfo.InvariantCulture) < 12)
            .Select(t => $"'{t[0]}' at {t[1]} px").ToList();
        Assert.True(small.Count == 0, $"chart text under 12 px at 320 px on {path}:\n" + string.Join("\n", small));
        var wide = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 320 px: " + wide);
    }

    [SkippableFact]
    public async Task On_a_desk_and_on_paper_the_wide_chart_shows_alone()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await session.OpenAsync(SitePages.Figure);
        const string Shown = "() => [...document.querySelectorAll('svg.chart-svg')].filter(svg => svg.getClientRects().length > 0).map(svg => svg.getAttribute('class'))";
        Assert.All(await page.EvaluateAsync<string[]>(Shown), c => Assert.DoesNotContain("narrow", c));

        await page.SetViewportSizeAsync(320, 700);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printed = await page.EvaluateAsync<string[]>(Shown);
        Assert.NotEmpty(printed);
        Assert.All(printed, c => Assert.DoesNotContain("narrow", c));
    }
}

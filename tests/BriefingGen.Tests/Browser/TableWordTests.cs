using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// No word is ever broken inside a table cell, at any width from a 320 px phone to a desk: a table too wide for
/// the screen scrolls sideways in its own box instead of squeezing its columns until words split ("Ex/ce/rpt").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableWordTests(BrowserSite site)
{
    // Each word of every cell's text (split at spaces, hyphens, dashes and slashes, where a line may break) must lie on one line.
    internal const string SplitWords = """
        () => {
          const split = [];
          for (const cell of document.querySelectorAll('main td, main th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of node.data.matchAll(/[^\s\-‐–—\/]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                if (lines.size > 1) split.push(match[0]);
              }
            }
          }
          return [...new Set(split)].slice(0, 12);
        }
        """;

    /// <summary>Each page is loaded once and looked at in each width (the window is resized in between).</summary>
    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task No_word_is_split_inside_a_table_cell_at_320_375_768_or_1280_px(ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(withSearch: false))
        {
            await page.SetViewportSizeAsync(PageWidthTests.Widths[0], 800);
            await SiteSession.GotoAsync(page, path);
            foreach (var width in PageWidthTests.Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                var split = await page.EvaluateAsync<string[]>(SplitWords);
                if (split.Length > 0)
                {
                    problems.Add($"{name} page ({path}) at {width} px, {scheme} scheme, splits: {string.Join(", ", split)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

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

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task No_word_is_split_inside_a_table_cell(int width)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(withSearch: false))
        {
            await SiteSession.GotoAsync(page, path);
            var split = await page.EvaluateAsync<string[]>(SplitWords);
            if (split.Length > 0)
            {
                problems.Add($"{name} page ({path}) at {width} px splits: {string.Join(", ", split)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

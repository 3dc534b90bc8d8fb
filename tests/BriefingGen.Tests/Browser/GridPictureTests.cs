using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// A grid reads as a picture: both axes named over their levels, cells as tiles, the pages placed in a cell as linked
/// chips, and on a case study its own chip marked; on a phone the matrix stacks by row. At no width does the page
/// scroll sideways or a word in a cell split.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GridPictureTests(BrowserSite site)
{
    // Where each tile of the first row lies, and what the axes and chips say.
    private const string Picture = """
        table => {
          const row = table.tBodies[0].rows[0];
          const tiles = [...row.cells].filter(c => c.tagName === 'TD').map(c => c.getBoundingClientRect());
          const axis = s => table.querySelector(s) ? getComputedStyle(table.querySelector(s)).display !== 'none' ? table.querySelector(s).textContent.trim() : '' : null;
          return {
            Tops: tiles.map(t => Math.round(t.top)), Lefts: tiles.map(t => Math.round(t.left)),
            Columns: axis('thead .axis-columns'), Rows: axis('thead .axis-rows'),
            Chips: [...table.querySelectorAll('td .placed a.chip')].map(a => a.getAttribute('href')),
            Current: [...table.querySelectorAll('a.chip[aria-current="page"]')].map(a => a.href),
          };
        }
        """;

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_grid_page_draws_a_matrix_with_named_axes_and_chips_and_stacks_on_a_phone(int width)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await session.OpenAsync(SitePages.Grid);
        var picture = await page.Locator("main table.grid").First.EvaluateAsync<PictureShape>(Picture);

        Assert.NotEmpty(picture.Chips);
        if (width > 600)
        {
            Assert.Single(picture.Tops.Distinct());
            Assert.Equal(picture.Lefts.Order(), picture.Lefts);
            Assert.Equal("External change", picture.Columns);
            Assert.Equal("Internal change", picture.Rows);
        }
        else
        {
            Assert.Single(picture.Lefts.Distinct());
            Assert.Equal(picture.Tops.Order(), picture.Tops);
            Assert.Equal(picture.Tops.Length, picture.Tops.Distinct().Count());
        }

        await AssertFitsAsync(page, width);
        session.AssertStayedOnSite();
    }

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Where_this_case_sits_marks_the_case_own_chip_in_each_grid(int width)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var grids = page.Locator("main table.grid-mini");
        Assert.True(await grids.CountAsync() > 0, "the case study shows no grid");
        for (var i = 0; i < await grids.CountAsync(); i++)
        {
            var picture = await grids.Nth(i).EvaluateAsync<PictureShape>(Picture);
            // The case may sit in more than one cell of a grid: each of its chips is marked, none of another page's.
            Assert.NotEmpty(picture.Current);
            Assert.All(picture.Current, link => Assert.Equal(BrowserSite.Url(SitePages.CaseStudy + "index.html"), link));
            var markedChip = grids.Nth(i).Locator("td.marked a.chip[aria-current='page']");
            // A case placed twice on one grid has a marked cell, and a marked chip, for each placement.
            Assert.Equal(picture.Current.Length, await markedChip.CountAsync());
            Assert.False(string.IsNullOrEmpty(picture.Rows));
            if (width > 600)
            {
                Assert.False(string.IsNullOrEmpty(picture.Columns));
            }
        }

        // The marked chip looks unlike the others: filled, not outlined.
        var colours = await page.EvaluateAsync<string[]>(@"() => {
            const current = document.querySelector('main a.chip[aria-current=""page""]');
            const other = document.querySelector('main a.chip:not([aria-current])');
            return [getComputedStyle(current).backgroundColor, other ? getComputedStyle(other).backgroundColor : ''];
        }");
        Assert.NotEqual(colours[1], colours[0]);
        await AssertFitsAsync(page, width);
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page scrolls sideways at {width} px");
        var split = await page.EvaluateAsync<string[]>(TableWordTests.SplitWords);
        Assert.True(split.Length == 0, $"words split in cells at {width} px: {string.Join(", ", split)}");
    }

    /// <summary>Where a grid's first row of tiles lies, what its axes say (null when absent, empty when hidden), its chips.</summary>
    private sealed class PictureShape
    {
        public int[] Tops { get; set; } = [];

        public int[] Lefts { get; set; } = [];

        public string? Columns { get; set; }

        public string? Rows { get; set; }

        public string[] Chips { get; set; } = [];

        public string[] Current { get; set; } = [];
    }
}

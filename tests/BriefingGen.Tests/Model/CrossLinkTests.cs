using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// A valid small briefing builds cleanly, and every cross-reference shows both ways: a page links the data it uses,
/// and the data's own page lists the pages that use it.
/// </summary>
public sealed class CrossLinkTests : IClassFixture<CrossLinkTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public CrossLinkTests(BuiltSample sample) => _sample = sample;

    /// <summary>The sample site, built once for all the tests of this class.</summary>
    public sealed class BuiltSample : IDisposable
    {
        private static readonly HtmlParser Parser = new();

        public BuiltSample()
        {
            Site = SampleBriefing.Site();
            Result = Site.Build();
        }

        public TestSite Site { get; }

        public BuildResult Result { get; }

        /// <summary>The page's main article, parsed.</summary>
        public IElement Article(string path)
        {
            var document = Parser.ParseDocument(Site.ReadOutput(path));
            return document.QuerySelector("main article") ?? throw new InvalidOperationException($"{path} has no <main><article>");
        }

        public void Dispose() => Site.Dispose();
    }

    private const string Riverside = "case-studies/riverside-estate/index.html";
    private const string Cardiff = "case-studies/cardiff/index.html";

    private static IReadOnlyList<string> Hrefs(IElement element, string selector = "a") =>
        element.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "").ToList();

    [Fact]
    public void Valid_sample_builds_with_no_diagnostics()
    {
        DiagnosticAssert.Clean(_sample.Result);
        Assert.True(_sample.Result.Succeeded);
        foreach (var path in new[] { Riverside, Cardiff, "definitions/index.html", "bibliography/index.html", "grids/change-grid/index.html",
                     "tables/benefits-and-risks/index.html", "figures/willingness/index.html", "themes/resident-participation/index.html" })
        {
            Assert.True(_sample.Site.OutputExists(path), $"{path} was not written");
        }
    }

    [Fact]
    public void Case_study_links_each_term_to_its_entry_on_the_definitions_page()
    {
        var links = _sample.Article(Riverside).QuerySelectorAll(".content a.term-link").ToList();
        Assert.Equal(["../../definitions/index.html#term-habitus", "../../definitions/index.html#term-core-economy"],
            links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["shared habits", "core economy"], links.Select(a => a.TextContent));
    }

    [Fact]
    public void Term_link_carries_the_explanation_as_a_tooltip()
    {
        var link = _sample.Article(Riverside).QuerySelector(".content a.term-link")!;
        var tip = _sample.Article(Riverside).QuerySelector("#" + link.GetAttribute("aria-describedby"))!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        // The explanation, then a link to the full definition (for touch screens, where the first tap shows the tip).
        Assert.Equal("Dispositions people learn from their social position. Full definition", tip.TextContent);
        Assert.Equal(link.GetAttribute("href"), tip.QuerySelector("a.tip-more")!.GetAttribute("href"));
    }

    [Fact]
    public void Case_study_citation_links_the_bibliography_entry()
    {
        var citation = Assert.Single(_sample.Article(Riverside).QuerySelectorAll(".content .citation"));
        Assert.Equal("(Bovaird, 2007, p. 850)", citation.TextContent);
        Assert.Equal(["../../bibliography/index.html#ref-bovaird2007"], Hrefs(citation));
    }

    [Fact]
    public void Case_study_has_a_reference_list_of_what_it_cites_and_draws_on()
    {
        var list = _sample.Article(Riverside).QuerySelector("ol.references")!;
        var entries = list.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("Bovaird, T. (2007) ‘Beyond engagement and participation’, Public Administration Review, 67(5), pp. 846–860.", entries[0]);
        Assert.Equal("Chamberlain Forum (2010) Co-production in practice.", entries[1]);
        Assert.Contains("https://doi.org/10.1111/j.1540-6210.2007.00773.x", Hrefs(list));
    }

    [Fact]
    public void Case_study_shows_a_mini_grid_with_its_cell_marked()
    {
        var mini = Assert.Single(_sample.Article(Riverside).QuerySelectorAll("table.grid-mini"));
        var marked = Assert.Single(mini.QuerySelectorAll("td.marked"));
        Assert.Contains("Teams change how they work.", marked.TextContent);
        Assert.Contains("This case sits here", marked.TextContent);
        var placement = _sample.Article(Riverside).QuerySelector(".placement h3 a")!;
        Assert.Equal("../../grids/change-grid/index.html#cell-internal-collective", placement.GetAttribute("href"));
    }

    [Fact]
    public void Grid_page_lists_each_case_study_in_its_cell_with_the_reason()
    {
        var grid = _sample.Article("grids/change-grid/index.html");
        var internalCollective = grid.QuerySelector("td#cell-internal-collective")!;
        var placed = Assert.Single(internalCollective.QuerySelectorAll("ul.placed li"));
        Assert.Equal(["../../case-studies/riverside-estate/index.html"], Hrefs(placed));
        // Each page placed is a chip, its reason behind "Why here".
        Assert.Equal("Riverside Estate", placed.QuerySelector("a.chip")!.TextContent);
        Assert.Equal("Why here", placed.QuerySelector("details.reason summary")!.TextContent);
        Assert.StartsWith("Why hereOfficers changed how they work together.", placed.QuerySelector("details.reason")!.TextContent);
        Assert.Contains("editors’ placement", placed.TextContent);

        var externalIndividual = Assert.Single(grid.QuerySelectorAll("td#cell-external-individual ul.placed li"));
        Assert.Equal("Cardiff neighbourhoodsWhy hereResidents acted alone.", externalIndividual.TextContent);
        Assert.Empty(grid.QuerySelectorAll("td#cell-internal-individual ul.placed"));
    }

    [Fact]
    public void Table_page_lists_the_case_study_as_evidence_under_its_item()
    {
        var table = _sample.Article("tables/benefits-and-risks/index.html");
        var evidence = Assert.Single(table.QuerySelectorAll("td#item-better-outcomes ul.evidence li"));
        Assert.Equal("Evidence: Riverside Estate — Repairs were done faster.", evidence.TextContent);
        Assert.Equal(["../../case-studies/riverside-estate/index.html"], Hrefs(evidence));
        Assert.Empty(table.QuerySelectorAll("td#item-cost-shunting ul.evidence"));
    }

    [Fact]
    public void Case_study_links_its_evidence_item_on_the_table_page()
    {
        var evidence = _sample.Article(Riverside).QuerySelector("ul.evidence")!;
        Assert.Equal(["../../tables/benefits-and-risks/index.html#item-better-outcomes"], Hrefs(evidence));
        Assert.Contains("Repairs were done faster.", evidence.TextContent);
    }

    [Fact]
    public void Bibliography_lists_the_pages_that_cite_each_entry()
    {
        var bibliography = _sample.Article("bibliography/index.html");
        var bovaird = bibliography.QuerySelector("li#ref-bovaird2007")!;
        Assert.Equal(["../case-studies/riverside-estate/index.html"], Hrefs(bovaird, ".used-by a"));
        var chamberlain = bibliography.QuerySelector("li#ref-chamberlain2010")!;
        Assert.Contains("../grids/change-grid/index.html", Hrefs(chamberlain, ".used-by a"));
        Assert.Contains("../case-studies/cardiff/index.html", Hrefs(chamberlain, ".used-by a"));
    }

    [Fact]
    public void Definitions_page_lists_the_pages_that_use_each_term()
    {
        var definitions = _sample.Article("definitions/index.html");
        foreach (var id in new[] { "habitus", "core-economy" })
        {
            var entry = definitions.QuerySelector($"section#term-{id}")!;
            Assert.Equal(["../case-studies/riverside-estate/index.html"], Hrefs(entry, ".used-by a"));
        }
    }

    [Fact]
    public void Figure_page_draws_an_accessible_chart_and_its_data_table()
    {
        var figure = _sample.Article("figures/willingness/index.html");
        // The chart as wide screens and print show it (phones are shown a narrower drawing of the same chart).
        var svg = Assert.Single(figure.QuerySelectorAll("svg:not(.narrow)"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("UK 45%", svg.TextContent);
        var table = figure.QuerySelector("table.figure-data")!;
        Assert.Equal("Data: Willingness to spend time (%)", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["UK", "France"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["../../case-studies/riverside-estate/index.html"], Hrefs(figure, "ul.used-by a"));
    }

    [Fact]
    public void Related_pages_link_each_other_both_ways()
    {
        Assert.Equal(["../../case-studies/cardiff/index.html"],
            Hrefs(_sample.Article(Riverside), "section[aria-labelledby=related-heading] a"));
        Assert.Equal(["../../case-studies/riverside-estate/index.html"],
            Hrefs(_sample.Article(Cardiff), "section[aria-labelledby=related-heading] a"));
    }

    [Fact]
    public void Markdown_link_to_a_page_becomes_a_link_to_its_output_and_a_backlink()
    {
        Assert.Equal(["../../case-studies/riverside-estate/index.html"], Hrefs(_sample.Article(Cardiff), ".content a"));
        Assert.Equal(["../../case-studies/cardiff/index.html"],
            Hrefs(_sample.Article(Riverside), "section[aria-labelledby=backlinks-heading] a"));
    }

    [Fact]
    public void Theme_page_lists_the_case_study_with_the_theme()
    {
        var theme = _sample.Article("themes/resident-participation/index.html");
        Assert.Equal(["../../case-studies/riverside-estate/index.html"], Hrefs(theme, "ul.page-list a"));
    }
}

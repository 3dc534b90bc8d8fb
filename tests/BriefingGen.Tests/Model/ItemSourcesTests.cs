using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// An editor names the works a table, grid, figure or fact is drawn from: one reference or a list. Each is checked,
/// shown ("Sources: A and B") and counted where the item is shown, and only there.
/// </summary>
public sealed class ItemSourcesTests
{
    private const string References = """
        -- content/data/references.yml --
        - id: census2021
          type: report
          author: [{ literal: Office for National Statistics }]
          issued: 2021
          title: Census 2021
        - id: santos1998
          type: article-journal
          author: [{ family: Santos, given: Boaventura }]
          issued: 1998
          title: Participatory budgeting in Porto Alegre
        - id: wampler2007
          type: book
          author: [{ family: Wampler, given: Brian }]
          issued: 2007
          title: Participatory budgeting in Brazil

        """;

    private const string Table = References + """
        -- content/data/tables.yml --
        - id: pb
          title: Participatory budgeting
          source: [santos1998, wampler2007]
          benefits:
            - { id: trust, text: Trust grows }
          risks:
            - { id: capture, text: Loud groups capture it }
        -- content/case-studies/porto-alegre.md --
        ---
        title: Porto Alegre
        facts:
          - { label: Residents, value: "1.3 million", source: census2021 }
        evidence:
          - { item: pb/capture, note: a weighting formula favoured poorer districts }
        ---
        Text.
        -- content/briefings/pb.md --
        ---
        title: What is PB?
        ---
        {{< table pb >}}

        """;

    private static readonly HtmlParser Parser = new();

    private static IReadOnlyList<string> ReferenceList(TestSite site, string page) =>
        Parser.ParseDocument(site.ReadOutput(page)).QuerySelectorAll("ol.references li").Select(li => li.GetAttribute("data-ref") ?? "").ToList();

    [Fact]
    public void A_list_of_sources_is_shown_joined_and_each_is_in_the_reference_list_of_the_page_that_shows_the_item()
    {
        using var site = TestSite.With(Table);
        DiagnosticAssert.Clean(site.Build());

        var caption = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html")).QuerySelector("table.benefit-risk caption .source")!;
        Assert.Equal("Sources: Santos, 1998 and Wampler, 2007", caption.TextContent);
        Assert.Equal(["santos1998", "wampler2007"], ReferenceList(site, "briefings/pb/index.html"));
    }

    [Fact]
    public void Sources_are_joined_in_the_site_s_language()
    {
        using var site = TestSite.With(Table);
        site.WriteFile("site.config.yml", "title: Test briefings\nlanguage: cy\n");
        DiagnosticAssert.Clean(site.Build());

        var caption = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html")).QuerySelector("table.benefit-risk caption .source")!;
        Assert.Equal("Ffynonellau: Santos, 1998 ac Wampler, 2007", caption.TextContent); // 'w' is a vowel letter in cy.yml's list_and_vowels
    }

    [Fact]
    public void A_table_s_sources_are_not_in_the_reference_list_of_a_page_that_only_gives_evidence_for_an_item()
    {
        using var site = TestSite.With(Table);
        DiagnosticAssert.Clean(site.Build());

        Assert.Equal(["census2021"], ReferenceList(site, "case-studies/porto-alegre/index.html"));
        var entry = Parser.ParseDocument(site.ReadOutput("bibliography/index.html")).QuerySelector("#ref-santos1998")!;
        var citedOn = entry.QuerySelectorAll(".used-by a").Select(a => a.TextContent).ToList();
        Assert.Contains("What is PB?", citedOn);
        Assert.DoesNotContain("Porto Alegre", citedOn);
    }

    [Fact]
    public void A_fact_s_source_is_shown_with_it_and_counted_on_its_page()
    {
        using var site = TestSite.WithPrintEditions(Table);
        DiagnosticAssert.Clean(site.Build());

        var fact = Parser.ParseDocument(site.ReadOutput("case-studies/porto-alegre/index.html")).QuerySelector(".facts dd")!;
        Assert.Equal("1.3 million Source: Office for National Statistics, 2021", fact.TextContent);
        Assert.Contains("Source: Office for National Statistics, 2021", Parser.ParseDocument(site.ReadOutput("case-studies/porto-alegre/paper/index.html")).QuerySelector(".facts-table")!.TextContent);
        Assert.Contains("Source: Office for National Statistics, 2021", Parser.ParseDocument(site.ReadOutput("case-studies/porto-alegre/handout/index.html")).QuerySelector(".facts-compact")!.TextContent);
    }

    [Fact]
    public void Every_listed_source_is_checked_at_its_value_with_a_suggestion()
    {
        using var site = TestSite.With(Table.Replace("source: [santos1998, wampler2007]", "source: [santos1998, wampler2070]"));
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownReference);

        Assert.Equal("content/data/tables.yml:3:24", error.Span.ToString());
        Assert.Contains("did you mean 'wampler2007'", error.Message);
    }

    [Fact]
    public void A_fact_s_unknown_source_is_an_error_at_its_value_in_the_front_matter()
    {
        using var site = TestSite.With(Table.Replace("source: census2021", "source: census2012"));
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownReference);

        Assert.Equal("content/case-studies/porto-alegre.md:4:55", error.Span.ToString());
        Assert.Contains("did you mean 'census2021'", error.Message);
    }

    [Fact]
    public void A_grid_and_a_figure_take_a_list_of_sources_too()
    {
        using var site = TestSite.With(References + """
            -- content/data/grids.yml --
            - id: g
              name: Who decides
              source: [santos1998, wampler2007, census2021]
              rows: { label: Power, levels: [{ id: low, label: Low }] }
              columns: { label: Scale, levels: [{ id: city, label: City }] }
            -- content/data/figures.yml --
            - id: turnout
              title: Turnout
              source: [census2021, santos1998]
              categories: [2019, 2020]
              series: [{ name: Turnout, values: [10, 12] }]
            -- content/briefings/pb.md --
            ---
            title: What is PB?
            ---
            {{< grid g >}}

            {{< figure turnout >}}

            """);
        DiagnosticAssert.Clean(site.Build());

        var page = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html"));
        Assert.Equal("Sources: Santos, 1998, Wampler, 2007 and Office for National Statistics, 2021", page.QuerySelector("table.grid caption .source")!.TextContent);
        Assert.Equal("Sources: Office for National Statistics, 2021 and Santos, 1998", page.QuerySelector("figure.chart figcaption .source")!.TextContent);
        Assert.Equal(["census2021", "santos1998", "wampler2007"], ReferenceList(site, "briefings/pb/index.html").Order());
    }
}

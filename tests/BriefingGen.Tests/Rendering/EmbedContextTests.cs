using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// An embedded grid shows the cases placed in it and an embedded table the evidence for its items, as their own pages
/// do; an editor turns either off for one embed (<c>cases=off</c>, <c>evidence=off</c>).
/// </summary>
public sealed class EmbedContextTests
{
    private const string Collection = """
        -- content/data/grids.yml --
        - id: power
          name: Who decides
          rows: { label: Power, levels: [{ id: low, label: Low }, { id: high, label: High }] }
          columns: { label: Scale, levels: [{ id: city, label: City }] }
        -- content/data/tables.yml --
        - id: pb
          title: Participatory budgeting
          benefits:
            - { id: trust, text: Trust grows }
          risks:
            - { id: capture, text: Loud groups capture it }
        -- content/case-studies/porto-alegre.md --
        ---
        title: Porto Alegre
        placements:
          - { grid: power, cell: high/city, reason: Assemblies set the budget. }
        evidence:
          - { item: pb/capture, note: a weighting formula favoured poorer districts }
        ---
        Text.
        -- content/briefings/pb.md --
        ---
        title: What is PB?
        ---
        {{< grid power >}}

        {{< table pb >}}

        """;

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void An_embedded_grid_shows_the_cases_placed_in_it_and_an_embedded_table_its_evidence()
    {
        using var site = TestSite.With(Collection);
        DiagnosticAssert.Clean(site.Build());

        var page = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html"));
        var chip = page.QuerySelector("table.grid #cell-high-city a.chip")!;
        Assert.Equal("Porto Alegre", chip.TextContent);
        Assert.Equal("../../case-studies/porto-alegre/index.html", chip.GetAttribute("href"));
        Assert.Equal("../../grids/power/index.html", page.QuerySelector("table.grid caption a")!.GetAttribute("href"));
        Assert.Equal("Evidence: Porto Alegre — a weighting formula favoured poorer districts", page.QuerySelector("table.benefit-risk ul.evidence li")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("table.benefit-risk [id]"));
    }

    [Fact]
    public void Each_embed_can_turn_its_context_off()
    {
        using var site = TestSite.With(Collection.Replace("{{< grid power >}}", "{{< grid power cases=off >}}").Replace("{{< table pb >}}", "{{< table pb evidence=off >}}"));
        DiagnosticAssert.Clean(site.Build());

        var page = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html"));
        Assert.NotNull(page.QuerySelector("table.grid"));
        Assert.Empty(page.QuerySelectorAll("table.grid a.chip"));
        Assert.NotNull(page.QuerySelector("table.benefit-risk"));
        Assert.Empty(page.QuerySelectorAll("table.benefit-risk ul.evidence"));
    }

    [Fact]
    public void An_unknown_option_is_an_error_at_its_column_with_a_suggestion()
    {
        using var site = TestSite.With(Collection.Replace("{{< grid power >}}", "{{< grid power case=off >}}"));
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownEmbed);

        Assert.Equal("content/briefings/pb.md:4:16", error.Span.ToString());
        Assert.Contains("did you mean 'cases'", error.Message);
    }

    [Fact]
    public void An_option_is_on_or_off()
    {
        using var site = TestSite.With(Collection.Replace("{{< table pb >}}", "{{< table pb evidence=no >}}"));
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.InvalidValue);

        Assert.Equal("content/briefings/pb.md:6:14", error.Span.ToString());
    }

    private const string Cited = """
        -- content/data/references.yml --
        - { id: santos1998, type: book, author: [{ family: Santos, given: Boaventura }], issued: 1998, title: Porto Alegre }
        - { id: wampler2007, type: book, author: [{ family: Wampler, given: Brian }], issued: 2007, title: Participatory budgeting }
        -- content/data/terms.yml --
        - { id: assembly, name: Assembly, explanation: A meeting of residents. }
        - { id: weighting, name: Weighting, explanation: A formula that shares money out. }
        """;

    private static TestSite CitedSite(string collection) => TestSite.With(Cited + "\n" + collection
        .Replace("reason: Assemblies set the budget.", "reason: \"[[Assembly|Assemblies]] set the budget [@santos1998].\"")
        .Replace("note: a weighting formula favoured poorer districts", "note: \"a [[weighting]] formula favoured poorer districts [@wampler2007]\""));

    [Fact]
    public void Citations_and_term_links_in_the_reasons_and_notes_an_embed_shows_count_on_the_page_that_shows_them()
    {
        using var site = CitedSite(Collection);
        DiagnosticAssert.Clean(site.Build());

        var page = Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html"));
        Assert.Equal(["santos1998", "wampler2007"], page.QuerySelectorAll("ol.references li").Select(li => li.GetAttribute("data-ref")));
        var definitions = Parser.ParseDocument(site.ReadOutput("definitions/index.html"));
        foreach (var term in new[] { "assembly", "weighting" })
        {
            var usedOn = definitions.QuerySelector($"#h-{term}")!.Closest("section.term-entry")!.QuerySelectorAll(".used-by a").Select(a => a.TextContent);
            Assert.Contains("What is PB?", usedOn);
        }
    }

    [Fact]
    public void The_grids_and_tables_own_pages_list_the_references_cited_in_the_reasons_and_notes_they_show()
    {
        using var site = CitedSite(Collection);
        DiagnosticAssert.Clean(site.Build());

        Assert.Equal(["santos1998"], Parser.ParseDocument(site.ReadOutput("grids/power/index.html")).QuerySelectorAll("ol.references li").Select(li => li.GetAttribute("data-ref")));
        Assert.Equal(["wampler2007"], Parser.ParseDocument(site.ReadOutput("tables/pb/index.html")).QuerySelectorAll("ol.references li").Select(li => li.GetAttribute("data-ref")));
    }

    [Fact]
    public void Reasons_and_notes_an_embed_leaves_out_do_not_count_on_the_page()
    {
        using var site = CitedSite(Collection.Replace("{{< grid power >}}", "{{< grid power cases=off >}}").Replace("{{< table pb >}}", "{{< table pb evidence=off >}}"));
        DiagnosticAssert.Clean(site.Build());

        Assert.Empty(Parser.ParseDocument(site.ReadOutput("briefings/pb/index.html")).QuerySelectorAll("ol.references li"));
        Assert.DoesNotContain("What is PB?", Parser.ParseDocument(site.ReadOutput("definitions/index.html")).QuerySelectorAll(".term-entry .used-by a").Select(a => a.TextContent));
    }
}

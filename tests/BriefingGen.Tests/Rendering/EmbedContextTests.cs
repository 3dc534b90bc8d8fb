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
}

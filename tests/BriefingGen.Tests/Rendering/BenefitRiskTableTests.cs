using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>A benefit/risk table as editors write one for any topic: lists of unequal length, extra columns, evidence read as sentences.</summary>
public sealed class BenefitRiskTableTests
{
    private const string Table = """
        -- content/data/tables.yml --
        - id: pb
          title: Participatory budgeting
          columns:
            - { id: mitigation, label: Mitigation }
          benefits:
            - { id: trust, text: Trust in the council grows }
            - { id: fairness, text: "Money goes where it is *needed*" }
            - { id: skills, text: Residents learn budgeting }
          risks:
            - { id: capture, text: Loud groups capture it, mitigation: A weighting formula }
            - { id: cost, text: Meetings cost money }
            - { id: fatigue, text: Volunteers tire, mitigation: Rotate the panel }
            - { id: tokenism, text: Too little money to matter }
        -- content/case-studies/porto-alegre.md --
        ---
        title: Porto Alegre
        evidence:
          - item: pb/capture
            note: a weighting formula favoured poorer districts
        ---
        {{< table pb >}}

        """;

    [Fact]
    public void Three_benefits_and_four_risks_are_two_lists_with_no_empty_cells()
    {
        using var site = TestSite.With(Table);
        DiagnosticAssert.Clean(site.Build());
        var table = new HtmlParser().ParseDocument(site.ReadOutput("tables/pb/index.html")).QuerySelector("table.benefit-risk")!;

        Assert.Equal(3, table.QuerySelectorAll("tbody.benefits tr td:first-child").Length);
        Assert.Equal(4, table.QuerySelectorAll("tbody.risks tr td:first-child").Length);
        Assert.Equal(["Benefits", "Risks"], table.QuerySelectorAll("th[scope=colgroup]").Select(th => th.TextContent));
        Assert.Contains("<em>needed</em>", table.InnerHtml);
    }

    [Fact]
    public void An_extra_column_is_shown_beside_each_item_that_fills_it()
    {
        using var site = TestSite.With(Table);
        DiagnosticAssert.Clean(site.Build());
        var table = new HtmlParser().ParseDocument(site.ReadOutput("tables/pb/index.html")).QuerySelector("table.benefit-risk")!;
        var capture = table.QuerySelector("#item-capture")!.ParentElement!;
        Assert.Equal("Mitigation: A weighting formula", capture.Children[1].TextContent);
        Assert.Equal("", table.QuerySelector("#item-cost")!.ParentElement!.Children[1].TextContent);
    }

    [Fact]
    public void Evidence_reads_as_a_sentence()
    {
        using var site = TestSite.With(Table);
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("tables/pb/index.html");
        Assert.Contains("Evidence: <a href=\"../../case-studies/porto-alegre/index.html\">Porto Alegre</a> — a weighting formula favoured poorer districts", html);
        Assert.Contains("Risks: Loud groups capture it</a> — a weighting formula favoured poorer districts", site.ReadOutput("case-studies/porto-alegre/index.html"));
    }

    [Fact]
    public void A_key_that_is_no_column_of_the_table_is_still_an_unknown_key()
    {
        using var site = TestSite.With(Table.Replace("mitigation: Rotate the panel", "mitigaton: Rotate the panel"));
        Assert.Contains("did you mean 'mitigation'", DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownKey).Message);
    }

    [Fact]
    public void Rows_and_lists_together_are_an_error()
    {
        using var site = TestSite.With(Table.Replace("  columns:", "  rows:\n    - benefit: { id: b, text: B }\n  columns:"));
        Assert.Contains("not both", DiagnosticAssert.Single(site.Build(), DiagnosticCodes.InvalidValue).Message);
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Tests.Model;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// Editors write term links, citations and emphasis in front matter too (summaries, placement reasons, evidence
/// notes, facts, timeline events, questions, actors' roles): they render as in the body, are checked where they are
/// written, and count as the page's uses.
/// </summary>
public sealed class FrontMatterMarkdownTests
{
    private const string Page = "content/case-studies/harbour.md";

    private static string Harbour(string reason = "Officers built a [[habitus]] of sharing [@bovaird2007, p. 847].") => $"""
        -- {Page} --
        ---
        title: Harbour co-op
        summary: A *residents'* co-op that drew on the [[core-economy]] [@chamberlain2010].
        actors:
          - name: Harbour Trust
            role: Landlord, in the words of @bovaird2007
        placements:
          - grid: change-grid
            cell: internal/collective
            reason: {reason}
        evidence:
          - item: benefits-and-risks/better-outcomes
            note: Repairs *halved* [@chamberlain2010].
        facts:
          - label: Homes
            value: "**412**"
        timeline:
          - date: "2019"
            event: The [[core-economy]] was mapped.
        questions:
          - Who holds the *keys*?
        ---
        Body.

        """;

    [Fact]
    public void Term_links_citations_and_emphasis_in_front_matter_render_on_the_page()
    {
        using var site = SampleBriefing.Site(Harbour());
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/harbour/index.html");

        Assert.Contains("<p>A <em>residents'</em> co-op that drew on the <span class=\"term\">", html); // the summary box
        Assert.Contains("Landlord, in the words of <a class=\"cite\"", html);
        Assert.Contains("Officers built a <span class=\"term\"><a class=\"term-link\"", html);
        Assert.Contains("Repairs <em>halved</em> <span class=\"citation\">(", html);
        Assert.Contains("<strong>412</strong>", html);
        Assert.Contains("Who holds the <em>keys</em>?", html);
        Assert.DoesNotContain("[[", html);
        Assert.DoesNotContain("[@", html);
    }

    [Fact]
    public void Works_cited_only_in_front_matter_are_in_the_page_s_references_and_terms_are_used()
    {
        using var site = SampleBriefing.Site(Harbour());
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/harbour/index.html");
        var references = html[html.IndexOf("id=\"references", StringComparison.Ordinal)..];
        Assert.Contains("Chamberlain Forum", references);
        Assert.Contains("Bovaird", references);
        Assert.Contains("case-studies/harbour/", site.ReadOutput("definitions/index.html"));
    }

    [Fact]
    public void The_description_in_the_meta_tags_is_plain_text()
    {
        using var site = SampleBriefing.Site(Harbour());
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("case-studies/harbour/index.html");
        Assert.Contains("<meta name=\"description\" content=\"A residents&#39; co-op that drew on the core economy (Chamberlain Forum, 2010).\">", html);
    }

    [Fact]
    public void A_relative_link_in_a_reason_or_note_works_on_the_grid_and_table_pages_that_show_it()
    {
        // Written from content/case-studies/harbour.md: '../cardiff/' and 'cardiff.md' lead to the Cardiff case study.
        using var site = SampleBriefing.Site(Harbour(reason: "As in [Cardiff](../cardiff/).").Replace(
            "note: Repairs *halved* [@chamberlain2010].", "note: Repairs halved, as [in Cardiff](cardiff.md)."));
        DiagnosticAssert.Clean(site.Build());

        // (This test site writes file links, 'index.html' included, so that it works from the disk.)
        Assert.Contains("As in <a href=\"../../case-studies/cardiff/index.html\">Cardiff</a>", site.ReadOutput("grids/change-grid/index.html"));
        Assert.Contains("as <a href=\"../../case-studies/cardiff/index.html\">in Cardiff</a>", site.ReadOutput("tables/benefits-and-risks/index.html"));
        Assert.Contains("As in <a href=\"../cardiff/", site.ReadOutput("case-studies/harbour/index.html"));
    }

    [Fact]
    public void An_unknown_term_in_a_placement_reason_is_an_error_at_the_reason()
    {
        using var site = SampleBriefing.Site(Harbour(reason: "Officers built a [[habitsu]]."));
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownTerm);
        Assert.Equal($"{Page}:10:30", diagnostic.Span.ToString());
        Assert.Contains("did you mean 'habitus'", diagnostic.Message);
    }

    [Theory]
    [InlineData("|")]
    [InlineData(">")]
    [InlineData("|-")]
    public void An_unknown_term_or_citation_in_a_block_scalar_of_the_front_matter_is_an_error_at_its_line_and_column(string indicator)
    {
        using var site = TestSite.With($$"""
            -- content/data/references.yml --
            - { id: santos1998, type: book, author: [{ family: Santos, given: B }], issued: 1998, title: S }
            -- content/notes/a.md --
            ---
            title: A
            summary: {{indicator}}
              The first line is plain.
              Then a [[no-such-term]] and
                a citation [@nosuch2000] indented.
            ---
            Body.
            """);
        var result = site.Build();
        Assert.Equal("content/notes/a.md:5:10", DiagnosticAssert.Single(result, DiagnosticCodes.UnknownTerm).Span.ToString());
        Assert.Equal("content/notes/a.md:6:17", DiagnosticAssert.Single(result, DiagnosticCodes.UnknownCitation).Span.ToString());
    }
}

using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>An editor lists the people and groups of a case with their role and affiliation; every edition names them.</summary>
public sealed class ActorTests
{
    private const string Case = """
        -- site.config.yml --
        title: T
        print: { editions: true }
        packs:
          - id: meeting
            title: Meeting pack
            pages: [case-studies/porto-alegre]
        -- content/data/terms.yml --
        - id: pb
          name: Participatory budgeting
          explanation: Residents decide how part of a budget is spent.
        -- content/case-studies/porto-alegre.md --
        ---
        title: Porto Alegre
        actors:
          - { name: Olívio Dutra, role: Mayor, affiliation: "*Workers Party* (PT)" }
          - { name: The COP, role: "Council of the [[pb]] budget" }
          - { name: FAMPA, affiliation: Union of neighbourhood associations }
        ---
        Text.
        """;

    private static readonly HtmlParser Parser = new();

    private static IReadOnlyList<string> Actors(TestSite site, string page) =>
        Parser.ParseDocument(site.ReadOutput(page)).QuerySelectorAll("dl.actors dd").Select(dd => dd.InnerHtml).ToList();

    [Fact]
    public void An_actor_s_role_and_affiliation_are_shown_on_the_web_page_the_paper_and_the_pack()
    {
        using var site = new TestSite(Case);
        DiagnosticAssert.Clean(site.Build());

        foreach (var page in new[] { "case-studies/porto-alegre/index.html", "case-studies/porto-alegre/paper/index.html", "packs/meeting/index.html" })
        {
            var actors = Actors(site, page);
            Assert.True(actors.Count == 3, $"{page}: {string.Join(" | ", actors)}");
            Assert.Equal("Mayor, <span class=\"affiliation\"><em>Workers Party</em> (PT)</span>", actors[0]);
            Assert.Contains("class=\"term-link\"", actors[1]);
            Assert.Equal("<span class=\"affiliation\">Union of neighbourhood associations</span>", actors[2]);
        }
    }

    [Fact]
    public void The_handout_names_the_people_with_their_roles_and_affiliations()
    {
        using var site = new TestSite(Case);
        DiagnosticAssert.Clean(site.Build());

        var people = Parser.ParseDocument(site.ReadOutput("case-studies/porto-alegre/handout/index.html")).QuerySelectorAll("ul.actors li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, people.Count);
        Assert.Equal("Olívio Dutra (Mayor, Workers Party (PT))", people[0]);
        Assert.StartsWith("The COP (Council of the Participatory budgeting", people[1]);
        Assert.Equal("FAMPA (Union of neighbourhood associations)", people[2]);
    }

    [Fact]
    public void A_term_in_an_affiliation_counts_as_a_use_and_an_unknown_one_is_an_error_at_its_place()
    {
        using var site = new TestSite(Case.Replace("affiliation: Union of neighbourhood associations", "affiliation: \"Union of [[pbb]] associations\""));
        var error = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownTerm);

        Assert.Equal("content/case-studies/porto-alegre.md:6:43", error.Span.ToString());
        Assert.Contains("did you mean 'pb'", error.Message);
    }
}

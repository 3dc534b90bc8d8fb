using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>A definition names its authors once: by its citation when the cited work is theirs, else by name and year.</summary>
public sealed class DefinitionAttributionTests
{
    private static TestSite Site() => new("""
        -- site.config.yml --
        title: T
        print: { editions: true }
        -- content/data/references.yml --
        - id: horne2009
          type: report
          author: [{ family: Horne, given: Matthew }, { family: Shirley, given: Tom }]
          issued: 2009
          title: Co-production in public services
        - id: pill2021
          type: book
          author: [{ family: Pill, given: Madeleine }]
          issued: 2021
          title: Governing cities
        -- content/data/terms.yml --
        - id: co-production
          name: Co-production
          category: concept
          explanation: Services made together.
          definitions:
            - id: horne-shirley
              text: "a partnership between citizens and public services"
              authors: [Matthew Horne, Tom Shirley]
              year: 2009
              reference: horne2009
              cited_in: pill2021
            - id: officer
              text: "what we do anyway"
              authors: [A council officer (interviewee)]
              reference: pill2021
        -- content/case-studies/x.md --
        ---
        title: X
        ---
        Some [[co-production]].

        {{< definition horne-shirley >}}

        {{< definition officer >}}
        """);

    [Fact]
    public void A_definition_by_the_cited_works_authors_is_attributed_once_on_the_web_and_in_print()
    {
        using var site = Site();
        DiagnosticAssert.Clean(site.Build());
        foreach (var page in new[] { "case-studies/x/index.html", "case-studies/x/paper/index.html", "definitions/index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.DoesNotContain("Matthew Horne, Tom Shirley (2009)", html);
            Assert.Contains("Horne and Shirley, 2009</a>, cited in", html);
            // Someone the work quotes is named beside the work that quotes them.
            Assert.Contains("A council officer (interviewee) (2021), <a class=\"cite\"", html);
        }
    }
}

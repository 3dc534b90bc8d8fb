using AngleSharp.Html.Parser;
using BriefingGen.Printing;
using BriefingGen.Tests.Model;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>A pack holds its papers whole: each with all its parts, in one HTML file whose ids are unique and whose links all land.</summary>
public sealed class PackStructureTests
{
    // Two case studies that both have an "Overview", a footnote, term links, a citation, people, a timeline, a placement and evidence.
    private static TestSite PackOfTwoCases() => TestSite.WithPrintEditions(string.Join("\n", SampleBriefing.Terms, SampleBriefing.References, SampleBriefing.Grids, SampleBriefing.Tables) + "\n" + """
        -- site.config.yml --
        title: Test briefings
        print: { editions: true }
        packs:
          - id: meeting
            title: Meeting pack
            pages: [case-studies/riverside-estate, case-studies/cardiff]
        -- content/case-studies/riverside-estate.md --
        ---
        title: Riverside Estate
        actors:
          - { name: Residents' association, role: Ran the repairs panel }
        timeline:
          - { date: "2010", event: The panel met. }
        placements:
          - { grid: change-grid, cell: internal/collective, reason: Officers changed how they work together. }
        evidence:
          - { item: benefits-and-risks/better-outcomes, note: Repairs were done faster. }
        ---
        ## Overview

        Residents drew on the [[core-economy]] [@bovaird2007, p. 850].[^1] See [the lessons](#lessons).

        ## Lessons

        Listen first.

        [^1]: A note on Riverside.
        -- content/case-studies/cardiff.md --
        ---
        title: Cardiff neighbourhoods
        actors:
          - { name: Council officers, role: Ran the hubs }
        timeline:
          - { date: "2012", event: The hubs opened. }
        placements:
          - { grid: change-grid, cell: external/individual, reason: Residents acted alone. }
        evidence:
          - { item: benefits-and-risks/cost-shunting, note: Volunteers paid their own bus fares. }
        ---
        ## Overview

        Officers learned the [[habitus|habits]] of the place [@chamberlain2010].[^1] See [the lessons](#lessons).

        ## Lessons

        Keep going.

        [^1]: A note on Cardiff.
        """);

    [Fact]
    public void A_packs_ids_are_unique_and_every_link_within_it_has_its_target()
    {
        using var site = PackOfTwoCases();
        DiagnosticAssert.Clean(site.Build());
        var pack = new HtmlParser().ParseDocument(site.ReadOutput("packs/meeting/index.html"));

        var ids = pack.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var repeated = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "ids used twice in the pack: " + string.Join(", ", repeated));

        var targets = pack.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains("paper-1-lessons", targets);
        Assert.Contains("paper-2-fn:1", targets);
        Assert.Contains("pack-term-core-economy", targets); // a term link leads to the pack's glossary
        Assert.Contains("pack-ref-chamberlain2010", targets); // a citation to the pack's bibliography
        var missing = targets.Where(t => !ids.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "links with no target in the pack: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_case_study_in_a_pack_keeps_every_part_its_paper_has()
    {
        using var site = PackOfTwoCases();
        DiagnosticAssert.Clean(site.Build());
        var pack = new HtmlParser().ParseDocument(site.ReadOutput("packs/meeting/index.html"));
        foreach (var paper in pack.QuerySelectorAll("article.paper-in-pack"))
        {
            var headings = paper.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
            Assert.Equal(["Overview", "Lessons", "People and groups", "Timeline", "Where this case sits", "Evidence for benefits and risks"], headings);
        }
    }

    [SkippableFact]
    public void The_bundled_packs_outline_holds_each_case_studys_parts_under_it()
    {
        var file = Assert.Single(PrintedSite.Get().Pdfs("roundtable-pack.pdf"));
        var outline = PdfFile.Read(File.ReadAllBytes(file)).Outline;
        foreach (var title in new[] { "St Mary's Estate", "Cardiff: neighbourhood collaboration" })
        {
            var start = outline.ToList().FindIndex(e => e.Level == 0 && e.Title.StartsWith(title, StringComparison.Ordinal));
            Assert.True(start >= 0, $"no bookmark for {title}");
            var parts = outline.Skip(start + 1).TakeWhile(e => e.Level > 0).Select(e => e.Title).ToList();
            Assert.Contains("People and groups", parts);
            Assert.Contains("Timeline", parts);
            Assert.Contains("Where this case sits", parts);
            Assert.Contains("Evidence for benefits and risks", parts);
        }
    }
}

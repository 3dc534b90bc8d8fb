using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>An organiser finds the packs: /packs/ lists each with its papers in order, and the home page and the packs' papers lead there.</summary>
public sealed class PackIndexTests
{
    private static TestSite TwoPacks() => TestSite.WithPrintEditions("""
        -- site.config.yml --
        title: Test briefings
        print: { editions: true }
        packs:
          - id: spring
            title: Spring meeting
            pages: [case-studies/b, case-studies/a]
          - id: autumn
            title: Autumn meeting
            pages: [briefings/c]
        -- content/case-studies/a.md --
        ---
        title: Case A
        summary: The first case.
        ---
        Text.
        -- content/case-studies/b.md --
        ---
        title: Case B
        ---
        Text.
        -- content/case-studies/d.md --
        ---
        title: Case D
        ---
        In no pack.
        -- content/briefings/c.md --
        ---
        title: Briefing C
        ---
        Text.
        """);

    [Fact]
    public void The_packs_page_lists_every_pack_with_its_papers_in_order()
    {
        using var site = TwoPacks();
        DiagnosticAssert.Clean(site.Build());
        var page = new HtmlParser().ParseDocument(site.ReadOutput("packs/index.html"));
        var packs = page.QuerySelectorAll("section.pack-entry").ToList();
        Assert.Equal(["Spring meeting", "Autumn meeting"], packs.Select(p => p.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["Case B", "Case A"], packs[0].QuerySelectorAll("ol li > a").Select(a => a.TextContent));
        Assert.Equal(["../case-studies/b/index.html", "../case-studies/a/index.html"], packs[0].QuerySelectorAll("ol li > a").Select(a => a.GetAttribute("href")));
        Assert.Contains("spring/index.html", packs[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.DoesNotContain(".pdf", site.ReadOutput("packs/index.html")); // no PDF was printed
    }

    [Fact]
    public void The_home_page_and_each_paper_in_a_pack_link_to_it()
    {
        using var site = TwoPacks();
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("href=\"packs/index.html\"", site.ReadOutput("index.html"));
        Assert.Contains(" · Part of the pack: <a href=\"../../packs/index.html#pack-spring\">Spring meeting</a>", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("<a href=\"../../packs/index.html#pack-autumn\">Autumn meeting</a>", site.ReadOutput("briefings/c/index.html"));
        Assert.DoesNotContain("Part of the pack", site.ReadOutput("case-studies/d/index.html"));
    }

    [SkippableFact]
    public void With_pdfs_the_packs_page_links_each_packs_pdf()
    {
        var site = PrintedSite.Get();
        var html = File.ReadAllText(Path.Combine(site.Output, "packs", "index.html"));
        Assert.Contains("roundtable-pack/roundtable-pack.pdf\">Download PDF</a>", html);
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Links;

/// <summary>
/// An editor links pages the way a web page, GitHub or VS Code reads them (<c>../b/</c>, <c>b.md#lessons</c>,
/// <c>/case-studies/b/</c>); each link leads to the same page from the web page, its paper, its handout and a pack.
/// </summary>
public sealed class RelativeLinkTests
{
    private const string TwoCaseStudies =
        "-- site.config.yml --\ntitle: T\nprint: { editions: true }\npacks:\n  - id: p\n    title: Pack\n    pages:\n      - case-studies/a\n      - case-studies/b\n" +
        "-- content/case-studies/a.md --\n---\ntitle: A\n---\n" +
        "See [B](../b/), [its lessons](b.md#lessons), [the same](/case-studies/b/#lessons) and [the list](../).\n" +
        "-- content/case-studies/b.md --\n---\ntitle: B\n---\n## Lessons\n\nText.\n";

    [Fact]
    public void A_relative_link_leads_to_its_page_from_the_web_page_the_paper_and_the_pack()
    {
        using var site = new TestSite(TwoCaseStudies);
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(["../../case-studies/b/index.html", "../../case-studies/b/index.html#lessons", "../../case-studies/b/index.html#lessons", "../../case-studies/index.html"],
            OutputLinks.In(site.ReadOutput("case-studies/a/index.html"), "main .content a"));
        Assert.Equal(["../../../case-studies/b/index.html", "../../../case-studies/b/index.html#lessons", "../../../case-studies/b/index.html#lessons", "../../../case-studies/index.html"],
            OutputLinks.In(site.ReadOutput("case-studies/a/paper/index.html"), "main .content a"));
        Assert.Contains("../../case-studies/b/index.html#lessons", OutputLinks.In(site.ReadOutput("packs/p/index.html")));
        foreach (var page in new[] { "case-studies/a/index.html", "case-studies/a/paper/index.html", "case-studies/a/handout/index.html", "packs/p/index.html" })
        {
            Assert.Empty(OutputLinks.Dead(site.Output, page));
        }
    }

    [Fact]
    public void A_broken_relative_link_is_reported_once_at_its_line_in_the_Markdown_not_at_a_print_layout()
    {
        using var site = new TestSite(TwoCaseStudies.Replace("See [B](../b/)", "See [B](../c/)"));
        var result = site.Build();

        DiagnosticAssert.At(result, DiagnosticCodes.BrokenLink, "content/case-studies/a.md", 4, 5);
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.ToString().Contains("layouts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_that_climbs_above_the_site_is_an_error_at_its_line()
    {
        using var site = TestSite.WithPrintEditions("-- content/notes/a.md --\n---\ntitle: A\n---\nText.\n\nSee [up](../../../../x/).\n");
        var result = site.Build();

        var error = DiagnosticAssert.Single(result, DiagnosticCodes.BrokenLink);
        Assert.Equal("content/notes/a.md:6:5", error.Span.ToString());
        Assert.Contains("climbs above the site's root", error.Message);
    }

    [Fact]
    public void A_page_bundle_is_a_page_at_its_folder_with_its_files_beside_it()
    {
        using var site = TestSite.WithPrintEditions(
            "-- content/case-studies/x/index.md --\n---\ntitle: X\n---\n[The plan](plan.pdf) and [the list](../).\n");
        site.WriteBytes("content/case-studies/x/plan.pdf", "%PDF-1.4\n"u8.ToArray());
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        Assert.Equal(["../../case-studies/x/plan.pdf", "../../case-studies/index.html"], OutputLinks.In(site.ReadOutput("case-studies/x/index.html"), "main .content a"));
        Assert.Equal(["../../../case-studies/x/plan.pdf", "../../../case-studies/index.html"], OutputLinks.In(site.ReadOutput("case-studies/x/paper/index.html"), "main .content a"));
        Assert.True(site.OutputExists("case-studies/x/handout/index.html"), "a bundle in case-studies/ is a case study, with a handout");
    }

    [Fact]
    public void The_404_page_links_from_the_base_url_s_path_so_it_works_at_any_depth()
    {
        using var site = TestSite.WithPrintEditions("-- site.config.yml --\ntitle: T\nbase_url: https://example.org/briefings/\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("404.html");
        Assert.Contains("href=\"/briefings/assets/style.css\"", html);
        Assert.Contains("/briefings/", OutputLinks.In(html, "main a"));
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// Print editions (papers, handouts, packs) are made only when the site asks for them, in its config or with
/// <c>--pdf</c>: a web-only build is faster, and its pages never link to a paper that is not there.
/// </summary>
public sealed class PrintEditionsOnRequestTests
{
    private const string Pages =
        "-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" +
        "-- content/case-studies/a.md --\n---\ntitle: A case\nsummary: Short.\n---\nBody.\n" +
        "-- content/briefings/b.md --\n---\ntitle: A briefing\n---\nBody.\n";

    private const string Packs = "packs:\n  - id: pack\n    title: The pack\n    pages: [case-studies/a, briefings/b]\n";

    [Fact]
    public void A_site_that_does_not_ask_for_print_editions_has_no_print_pages_and_no_links_to_them()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\n" + Packs + Pages);
        DiagnosticAssert.Clean(site.Build());

        Assert.True(site.OutputExists("case-studies/a/index.html"));
        Assert.DoesNotContain(site.OutputFiles(), f => f.Contains("/paper/") || f.Contains("/handout/") || f.StartsWith("packs/", StringComparison.Ordinal));
        foreach (var page in new[] { "case-studies/a/index.html", "briefings/b/index.html", "index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.DoesNotContain("paper/index.html", html);
            Assert.DoesNotContain("handout/index.html", html);
            Assert.DoesNotContain("print-links", html);
        }
    }

    [Fact]
    public void A_site_with_print_editions_on_has_papers_handouts_and_packs_linked_from_the_web_pages()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nprint:\n  editions: true\n" + Packs + Pages);
        DiagnosticAssert.Clean(site.Build());

        Assert.True(site.OutputExists("case-studies/a/paper/index.html"));
        Assert.True(site.OutputExists("case-studies/a/handout/index.html"));
        Assert.True(site.OutputExists("briefings/b/paper/index.html"));
        Assert.True(site.OutputExists("packs/pack/index.html"));
        var caseStudy = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains("href=\"../../case-studies/a/paper/index.html\"", caseStudy);
        Assert.Contains("href=\"../../case-studies/a/handout/index.html\"", caseStudy);
        Assert.Contains("href=\"../../briefings/b/paper/index.html\"", site.ReadOutput("briefings/b/index.html"));
    }

    [Fact]
    public void A_pdf_build_makes_the_print_editions_without_the_config_key()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nprint:\n  browser: /no/such/chromium\n" + Packs + Pages);
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true, Search = false });

        // No Chromium here on purpose: the print pages are written all the same, with one warning.
        DiagnosticAssert.Single(result, DiagnosticCodes.BrowserMissing);
        Assert.True(site.OutputExists("case-studies/a/paper/index.html"));
        Assert.True(site.OutputExists("case-studies/a/handout/index.html"));
        Assert.True(site.OutputExists("packs/pack/index.html"));
        Assert.Contains("href=\"../../case-studies/a/paper/index.html\"", site.ReadOutput("case-studies/a/index.html"));
    }

    [Fact]
    public void A_pack_naming_a_missing_page_is_an_error_even_without_print_editions()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\npacks:\n  - id: pack\n    title: P\n    pages: [nosuch]\n" + Pages);
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.UnknownPage, "site.config.yml", 5, 13);
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Links;

/// <summary>An editor puts an image beside the Markdown file, or in a page bundle, and it shows on the web page and in print.</summary>
public sealed class ImageTests
{
    [Fact]
    public void An_image_beside_the_Markdown_shows_on_the_web_page_and_its_paper_with_its_size()
    {
        using var site = TestSite.WithPrintEditions("-- content/case-studies/a.md --\n---\ntitle: A\n---\nA map: ![the estate](map.png) inline.\n");
        site.WriteBytes("content/case-studies/map.png", OutputLinks.Png(640, 480));
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        var web = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains("<img src=\"../../case-studies/map.png\" alt=\"the estate\" width=\"640\" height=\"480\" loading=\"lazy\">", web);
        var paper = site.ReadOutput("case-studies/a/paper/index.html");
        Assert.Contains("<img src=\"../../../case-studies/map.png\" alt=\"the estate\" width=\"640\" height=\"480\">", paper);
        Assert.Empty(OutputLinks.Dead(site.Output, "case-studies/a/paper/index.html"));
    }

    [Fact]
    public void An_image_with_a_title_on_its_own_line_is_a_figure_with_a_caption()
    {
        using var site = TestSite.WithPrintEditions(
            "-- content/case-studies/x/index.md --\n---\ntitle: X\n---\nText.\n\n![Turnout by year](turnout.png \"Turnout, 2010 to 2020\")\n");
        site.WriteBytes("content/case-studies/x/turnout.png", OutputLinks.Png(800, 400));
        var result = site.Build();

        DiagnosticAssert.Clean(result);
        Assert.Contains("<figure class=\"image\"><img src=\"../../case-studies/x/turnout.png\" alt=\"Turnout by year\" width=\"800\" height=\"400\" loading=\"lazy\"><figcaption>Turnout, 2010 to 2020</figcaption></figure>",
            site.ReadOutput("case-studies/x/index.html"));
        Assert.Contains("<img src=\"../../../case-studies/x/turnout.png\"", site.ReadOutput("case-studies/x/paper/index.html"));
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_at_its_line()
    {
        using var site = TestSite.WithPrintEditions("-- content/a.md --\n---\ntitle: A\n---\nText.\n\n![](map.png)\n");
        site.WriteBytes("content/map.png", OutputLinks.Png(10, 10));
        var result = site.Build();

        var warning = DiagnosticAssert.Single(result, DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal("content/a.md:6:1", warning.Span.ToString());
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void An_image_outside_the_site_or_missing_is_a_broken_link_at_its_line()
    {
        using var site = TestSite.WithPrintEditions("-- content/a.md --\n---\ntitle: A\n---\n![a map](missing.png)\n\n![the config](../site.config.yml)\n");
        var result = site.Build();

        Assert.Equal(["content/a.md:4:1", "content/a.md:6:1"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).Select(d => d.Span.ToString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.ToString().Contains("layouts", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_that_is_a_link_to_a_file_outside_the_site_is_refused_at_the_file_and_at_the_image()
    {
        using var outside = new TemporaryFolder(Directory.CreateTempSubdirectory("bg-outside-").FullName);
        File.WriteAllBytes(Path.Combine(outside.Path, "secret.png"), OutputLinks.Png(10, 10));
        using var site = TestSite.WithPrintEditions("-- content/a.md --\n---\ntitle: A\n---\n![a map](map.png)\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "map.png"), Path.Combine(outside.Path, "secret.png"));
        var result = site.Build();

        Assert.Equal(["content/a.md:4:1: error BG0501", "content/map.png:1:1: error BG0204"],
            result.Diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf(':', d.ToString().IndexOf("BG", StringComparison.Ordinal))]));
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>Without a browser the site still builds, with its print pages, and says how to get PDFs.</summary>
public sealed class PrintWithoutBrowserTests
{
    private const string Site =
        "-- site.config.yml --\ntitle: T\nprint:\n  browser: /no/such/chromium\n" +
        "-- content/_index.md --\n---\ntitle: Home\n---\n" +
        "-- content/case-studies/a.md --\n---\ntitle: A case\nsummary: Short.\n---\nBody.\n";

    [Fact]
    public void Pdf_build_without_chromium_writes_the_print_pages_and_warns_once()
    {
        using var site = new TestSite(Site);
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true });
        var warning = DiagnosticAssert.Single(result, DiagnosticCodes.BrowserMissing);
        Assert.Contains("apt-get install chromium", warning.Message);
        Assert.True(result.Succeeded);
        Assert.True(site.OutputExists("case-studies/a/paper/index.html"));
        Assert.True(site.OutputExists("case-studies/a/handout/index.html"));
        Assert.False(site.OutputExists("case-studies/a/a-paper.pdf"));
        Assert.DoesNotContain(".pdf", site.ReadOutput("case-studies/a/index.html"));
        Assert.False(SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true, Strict = true }).Succeeded);
    }

    [Fact]
    public void A_configured_browser_path_is_used_as_given()
    {
        Assert.Null(BrowserLocator.Find("/no/such/chromium"));
        var existing = Path.GetTempFileName();
        Assert.Equal(existing, BrowserLocator.Find(existing));
    }

    [Fact]
    public void Print_pages_escape_content_inside_their_css_strings()
    {
        Assert.Equal("\"A \\22  B \\5c  \\3c /style\\3e \"", BriefingGen.Rendering.PrintModel.CssString("A \" B \\ </style>"));
    }
}

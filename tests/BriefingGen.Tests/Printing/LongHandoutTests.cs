using BriefingGen.Printing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>A handout that runs past two sides is still printed, with a warning that names it.</summary>
public sealed class LongHandoutTests
{
    [SkippableFact]
    public void A_handout_longer_than_two_sides_is_a_warning_naming_it()
    {
        Skip.If(BrowserLocator.Find(null) is null, PrintedSite.NoBrowser);
        var questions = string.Concat(Enumerable.Range(1, 40).Select(i => $"  - Question number {i}, long enough to need its own line and its answer space?\n"));
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nbase_url: https://example.org/\n" +
                                      "-- content/case-studies/long.md --\n---\ntitle: Long handout\nquestions:\n" + questions + "---\nBody.\n");
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "BG0703");
        Assert.Equal("content/case-studies/long.md", warning.Span.Path);
        Assert.Contains("case-studies/long/long-handout.pdf", warning.Message);
        Assert.True(File.Exists(Path.Combine(site.Output, "case-studies/long/long-handout.pdf")));
    }
}

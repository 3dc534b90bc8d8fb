using BriefingGen.Scaffolding;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>New sites and new pages build cleanly from the first minute.</summary>
public sealed class ScaffoldingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Init_creates_a_site_that_builds_under_strict()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bg-init-" + Guid.NewGuid().ToString("N")[..8]);
        using var cleanup = new TemporaryFolder(folder);
        Assert.Null(SiteTemplate.Init(folder, Today));
        var result = SiteBuilder.Build(new BuildOptions { Source = folder, Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(folder, "templates")));
        Assert.True(File.Exists(Path.Combine(folder, "_site", "case-studies", "example-case", "index.html")));
        Assert.NotNull(SiteTemplate.Init(folder, Today)); // refuses a folder that is not empty
    }

    [Theory]
    [InlineData("case-study", "content/case-studies/cafe-on-the-green.md")]
    [InlineData("briefing", "content/briefings/cafe-on-the-green.md")]
    [InlineData("perspective", "content/perspectives/cafe-on-the-green.md")]
    [InlineData("page", "content/cafe-on-the-green.md")]
    public void New_writes_a_page_with_every_field_that_builds_under_strict(string kind, string expectedPath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bg-new-" + Guid.NewGuid().ToString("N")[..8]);
        using var cleanup = new TemporaryFolder(folder);
        SiteTemplate.Init(folder, Today);
        var (path, problem) = Scaffold.NewPage(folder, kind, "Café on the Green", Today);
        Assert.Null(problem);
        Assert.Equal(expectedPath, path);
        var text = File.ReadAllText(Path.Combine(folder, path!));
        foreach (var key in BriefingGen.Parsing.FrontMatterReader.KnownKeys.Where(k => kind != "page" || k is "title" or "slug" or "summary" or "date" or "authors" or "draft" or "layout" or "kind" or "weight"))
        {
            Assert.Contains(key + ":", text);
        }

        var result = SiteBuilder.Build(new BuildOptions { Source = folder, Strict = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(Scaffold.NewPage(folder, kind, "Café on the Green", Today).Problem); // never overwrites
    }

    [Theory]
    [InlineData("Café on the Green", "cafe-on-the-green")]
    [InlineData("  St Mary's Estate: 2006–2013 ", "st-mary-s-estate-2006-2013")]
    [InlineData("!!!", "untitled")]
    public void Titles_become_plain_slugs(string title, string slug) => Assert.Equal(slug, Scaffold.Slugify(title));
}

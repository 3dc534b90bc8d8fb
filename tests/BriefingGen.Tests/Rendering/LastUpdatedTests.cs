using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>An editor who revises a case study says so with <c>updated:</c>; readers see "Last updated", and the sitemap and the feed carry the date.</summary>
public sealed class LastUpdatedTests
{
    [Fact]
    public void An_updated_date_shows_on_the_page_and_in_the_sitemap_and_the_feed()
    {
        using var site = new TestSite(
            "-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\nupdated: 2026-11-30\n---\nRevised.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B case\ndate: 2024-06-01\n---\nNot revised.\n");
        var result = site.Build(baseUrl: "https://forum.example.org/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains("<span class=\"updated\">Last updated <time datetime=\"2026-11-30\">30 November 2026</time></span>", page);
        Assert.DoesNotContain("Last updated", site.ReadOutput("case-studies/b/index.html"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://forum.example.org/case-studies/a/</loc><lastmod>2026-11-30</lastmod>", sitemap);
        Assert.Contains("<loc>https://forum.example.org/case-studies/b/</loc><lastmod>2024-06-01</lastmod>", sitemap);
        var feed = site.ReadOutput("feed.xml");
        Assert.Contains("<updated>2026-11-30T00:00:00Z</updated>", feed);
        Assert.Contains("<updated>2024-06-01T00:00:00Z</updated>", feed);
    }
}

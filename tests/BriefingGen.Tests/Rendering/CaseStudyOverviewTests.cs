using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>A case study opens as a published briefing does: its kind, its title, its summary in a box and its key facts beside it.</summary>
public sealed class CaseStudyOverviewTests
{
    private const string Pages =
        "-- content/case-studies/a.md --\n---\ntitle: Riverside\nsummary: Residents ran the *youth club* themselves.\n" +
        "place: Riverside Estate\nperiod: 2006-2013\nfacts:\n  - { label: Homes, value: \"1,200\" }\n---\nBody.\n" +
        "-- content/briefings/b.md --\n---\ntitle: A briefing\nsummary: What co-production is.\n---\nBody.\n";

    [Fact]
    public void A_case_study_boxes_its_summary_with_the_key_facts_beside_it()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\n" + Pages);
        Assert.True(site.Build().Succeeded);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("case-studies/a/index.html"));

        Assert.Equal("Case study", page.QuerySelector("article > .eyebrow")!.TextContent);
        var overview = page.QuerySelector("article > .overview")!;
        var summary = overview.QuerySelector("section.summary-box")!;
        Assert.Equal("summary-heading", summary.GetAttribute("aria-labelledby"));
        Assert.Equal("Summary", summary.QuerySelector("h2#summary-heading")!.TextContent);
        Assert.Equal("Residents ran the <em>youth club</em> themselves.", summary.QuerySelector("p")!.InnerHtml);
        var facts = overview.QuerySelector("aside.facts")!;
        Assert.Equal(["Place", "Period", "Homes"], facts.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Null(page.QuerySelector(".lede")); // the summary is shown once
    }

    [Fact]
    public void Other_pages_lead_with_their_summary_and_keep_no_box()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\n" + Pages);
        Assert.True(site.Build().Succeeded);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("briefings/b/index.html"));

        Assert.Equal("Briefing", page.QuerySelector("article > .eyebrow")!.TextContent);
        Assert.Equal("What co-production is.", page.QuerySelector("p.lede")!.TextContent);
        Assert.Null(page.QuerySelector(".summary-box"));
    }

    [Fact]
    public void A_welsh_case_study_names_its_summary_in_welsh()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlanguage: cy\n" + Pages);
        Assert.True(site.Build().Succeeded);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("case-studies/a/index.html"));

        Assert.Equal("Astudiaeth achos", page.QuerySelector(".eyebrow")!.TextContent);
        Assert.Equal("Crynodeb", page.QuerySelector("#summary-heading")!.TextContent);
    }
}

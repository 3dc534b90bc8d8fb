using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Links;

/// <summary>
/// An editor links from a data file's text (a term's explanation, a grid cell, a table item, a timeline event) as from a
/// page: relative to the data file, to another page's file, or by site path; each page that shows the text, on the web
/// and on paper, writes the link that works from its own address.
/// </summary>
public sealed class DataTextLinkTests
{
    private const string Site =
        "-- site.config.yml --\ntitle: T\nprint: { editions: true }\npacks:\n  - id: p\n    title: Pack\n    pages:\n      - case-studies/a\n" +
        "-- content/data/grids.yml --\n" +
        "- id: g\n  name: G\n  rows: { label: R, levels: [{ id: r, label: R1 }] }\n  columns: { label: C, levels: [{ id: c, label: C1 }] }\n" +
        "  cells:\n    - { row: r, column: c, text: \"As in [Hilltop](../case-studies/b/)\" }\n" +
        "-- content/data/tables.yml --\n" +
        "- id: t\n  title: T\n  benefits:\n    - { id: x, text: \"Trust, see [its lessons](../case-studies/b.md#lessons)\" }\n" +
        "-- content/data/timelines.yml --\n" +
        "- id: h\n  title: H\n  events:\n    - { date: 2015, title: Cut, text: \"See [the plan](../files/plan.pdf) and [the list](/case-studies/)\" }\n" +
        "-- content/data/terms.yml --\n" +
        "- id: pb\n  name: Participatory budgeting\n  explanation: \"Residents decide, as in [Hilltop](../case-studies/b/).\"\n" +
        "-- content/case-studies/a.md --\n---\ntitle: A\nplacements:\n  - { grid: g, cell: r/c, reason: Because. }\nevidence:\n  - { item: t/x }\n---\n" +
        "{{< grid g >}}\n\n{{< table t >}}\n\n{{< timeline h >}}\n\n{{< term pb >}}\n" +
        "-- content/case-studies/b.md --\n---\ntitle: B\n---\n## Lessons\n\nText.\n";

    private static TestSite Build(string files, out BuildResult result)
    {
        var site = new TestSite(files);
        site.WriteBytes("content/files/plan.pdf", "%PDF-1.4\n"u8.ToArray());
        result = site.Build();
        return site;
    }

    [Fact]
    public void A_link_in_a_data_text_leads_from_the_data_file_s_place_on_the_web_page_the_paper_and_the_pack()
    {
        using var site = Build(Site, out var result);

        DiagnosticAssert.Clean(result);
        var web = OutputLinks.In(site.ReadOutput("case-studies/a/index.html"), "main .content a:not(.chip):not(.cite)");
        Assert.Contains("../../case-studies/b/index.html", web);
        Assert.Contains("../../case-studies/b/index.html#lessons", web);
        Assert.Contains("../../files/plan.pdf", web);
        Assert.Contains("../../case-studies/index.html", web);
        var paper = OutputLinks.In(site.ReadOutput("case-studies/a/paper/index.html"), "main .content a");
        Assert.Contains("../../../case-studies/b/index.html", paper);
        Assert.Contains("../../../files/plan.pdf", paper);
        Assert.Contains("../../case-studies/b/index.html#lessons", OutputLinks.In(site.ReadOutput("packs/p/index.html")));
        Assert.Contains("../../case-studies/b/index.html", OutputLinks.In(site.ReadOutput("grids/g/index.html")));
        Assert.Contains("../case-studies/b/index.html", OutputLinks.In(site.ReadOutput("definitions/index.html")));
        foreach (var page in new[] { "case-studies/a/index.html", "case-studies/a/paper/index.html", "case-studies/a/handout/index.html", "packs/p/index.html", "grids/g/index.html", "tables/t/index.html", "timelines/h/index.html", "definitions/index.html" })
        {
            Assert.Empty(OutputLinks.Dead(site.Output, page));
        }
    }

    [Fact]
    public void A_broken_link_in_a_data_text_is_reported_at_its_line_and_column_in_the_yaml()
    {
        using var site = Build(Site.Replace("[Hilltop](../case-studies/b/)", "[Hilltop](../case-studies/c/)"), out var result);

        var error = DiagnosticAssert.Single(result, DiagnosticCodes.BrokenLink);
        Assert.Equal("content/data/grids.yml:6:41", error.Span.ToString());
    }

    [Fact]
    public void A_data_text_s_link_to_a_missing_page_file_is_reported_at_its_place()
    {
        using var site = Build(Site.Replace("../case-studies/b.md#lessons", "../case-studies/c.md#lessons"), out var result);

        var error = DiagnosticAssert.Single(result, DiagnosticCodes.BrokenLink);
        Assert.Equal("content/data/tables.yml:4:34", error.Span.ToString());
        Assert.Contains("content/case-studies/c.md", error.Message);
    }

    [Fact]
    public void A_data_text_s_link_that_climbs_above_the_site_is_an_error_at_its_place()
    {
        using var site = Build(Site.Replace("../files/plan.pdf", "../../../../plan.pdf"), out var result);

        var error = DiagnosticAssert.Single(result, DiagnosticCodes.BrokenLink);
        Assert.Equal("content/data/timelines.yml:4:44", error.Span.ToString());
        Assert.Contains("climbs above the site's root", error.Message);
    }

    [Fact]
    public void An_image_in_a_data_text_has_its_size_and_loads_lazily_on_the_web_as_one_in_a_page_does()
    {
        using var site = TestSite.WithPrintEditions(
            "-- content/data/grids.yml --\n" +
            "- id: g\n  name: G\n  rows: { label: R, levels: [{ id: r, label: R1 }] }\n  columns: { label: C, levels: [{ id: c, label: C1 }] }\n" +
            "  cells:\n    - { row: r, column: c, text: \"A map: ![the estate](../img/map.png)\" }\n" +
            "-- content/case-studies/a.md --\n---\ntitle: A\n---\n{{< grid g >}}\n");
        site.WriteBytes("content/img/map.png", OutputLinks.Png(640, 480));
        DiagnosticAssert.Clean(site.Build());

        Assert.Contains("<img src=\"../../img/map.png\" alt=\"the estate\" width=\"640\" height=\"480\" loading=\"lazy\">", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("<img src=\"../../../img/map.png\" alt=\"the estate\" width=\"640\" height=\"480\">", site.ReadOutput("case-studies/a/paper/index.html"));
    }

    [Fact]
    public void An_image_without_alt_text_in_a_data_text_is_a_warning_at_its_place_in_the_yaml()
    {
        using var site = TestSite.With(
            "-- content/data/grids.yml --\n" +
            "- id: g\n  name: G\n  rows: { label: R, levels: [{ id: r, label: R1 }] }\n  columns: { label: C, levels: [{ id: c, label: C1 }] }\n" +
            "  cells:\n    - { row: r, column: c, text: \"A map: ![](../map.png)\" }\n" +
            "-- content/case-studies/a.md --\n---\ntitle: A\n---\n{{< grid g >}}\n");
        site.WriteBytes("content/map.png", OutputLinks.Png(10, 10));

        var warning = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal("content/data/grids.yml:6:42", warning.Span.ToString());
    }
}

using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;
using BriefingGen.Yaml;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// Script and markup written in any text of a site (config, front matter, every data kind) comes out as text: escaped in
/// element content, in attributes, in SVG and in print CSS, never as an element. Links to javascript:, vbscript: and
/// data: addresses from content are refused.
/// </summary>
public sealed class NoInjectionTests
{
    private const string Probe = "xss-probe";

    // A YAML double-quoted value: the tag, then markup that would open an element in text and break out of an attribute.
    private static string Q(string tag) => $"\"{tag} <{Probe} a=1>\\\"><{Probe}>'\"";

    /// <summary>Every text that reaches a page, each with its own tag so that the test can tell it arrived.</summary>
    private static readonly string[] Tags =
    [
        "SiteTitle", "SiteDesc", "SiteOrg", "SiteLang", "MenuTitle", "MenuExt", "PackTitle", "PackIntro",
        "HomeTitle", "HomeSummary", "SectionTitle", "SectionSummary",
        "PageTitle", "PageSummary", "PageAuthor", "PagePlace", "PageRegion", "PagePeriod", "PageOrg", "ActorName", "ActorRole",
        "PlacementReason", "EvidenceNote", "FactLabel", "FactValue", "WrittenDate", "TimelineEvent", "Question", "TermLabel",
        "TermName", "TermAlias", "TermCategory", "TermExplanation", "TermAssessment", "DefText", "DefAuthor", "DefYear", "DefPage",
        "DefClassifiedBy", "DefNote", "DefCriticism", "DefText2",
        "RefFamily", "RefLiteral", "RefTitle", "RefContainer", "RefCollection", "RefPublisher", "RefPlace", "RefVolume", "RefIssue", "RefNote",
        "GridName", "GridDesc", "RowAxis", "RowLabel", "ColAxis", "ColLabel", "GridCell",
        "TableTitle", "TableDesc", "BenefitsLabel", "RisksLabel", "Benefit", "Risk",
        "FigTitle", "FigDesc", "FigSourceNote", "FigUnit", "FigCategory", "FigSeries1", "FigSeries2",
        "CmpTitle", "CmpRowLabel", "CmpColumn", "CmpRow", "CmpCell",
        "ThemeTitle", "ThemeDesc",
    ];

    // The hostile site's language is no language the theme has strings for: that one warning (BG0107) is expected.
    private static void CleanButTheLanguage(BuildResult result) =>
        DiagnosticAssert.Clean(result with { Diagnostics = result.Diagnostics.Where(d => d.Code != DiagnosticCodes.UnknownLanguage).ToList() });

    private static TestSite HostileSite() => new($$$"""
        -- site.config.yml --
        title: {{{Q("SiteTitle")}}}
        description: {{{Q("SiteDesc")}}}
        author: {{{Q("SiteAuthor")}}}
        organisation: {{{Q("SiteOrg")}}}
        language: {{{Q("SiteLang")}}}
        edit_link: "https://git.example.org/edit/{path}?x=<{{{Probe}}}>\"'"
        menu:
          - { title: {{{Q("MenuTitle")}}}, url: "/case-studies/?q=<{{{Probe}}}>\"" }
          - { title: {{{Q("MenuExt")}}}, url: "https://example.org/<{{{Probe}}}>\"" }
        print:
          editions: true
        packs:
          - id: pack
            title: {{{Q("PackTitle")}}}
            introduction: {{{Q("PackIntro")}}}
            pages: [case-studies/case]
        -- content/_index.md --
        ---
        title: {{{Q("HomeTitle")}}}
        summary: {{{Q("HomeSummary")}}}
        ---
        Welcome.
        -- content/case-studies/_index.md --
        ---
        title: {{{Q("SectionTitle")}}}
        summary: {{{Q("SectionSummary")}}}
        ---
        Cases.
        -- content/case-studies/case.md --
        ---
        title: {{{Q("PageTitle")}}}
        summary: {{{Q("PageSummary")}}}
        authors: [{{{Q("PageAuthor")}}}]
        date: 2024-01-01
        place: {{{Q("PagePlace")}}}
        region: {{{Q("PageRegion")}}}
        period: {{{Q("PagePeriod")}}}
        organisations: [{{{Q("PageOrg")}}}]
        actors:
          - { name: {{{Q("ActorName")}}}, role: {{{Q("ActorRole")}}} }
        themes: [th]
        related: [other]
        placements:
          - { grid: g, cell: r1/c1, reason: {{{Q("PlacementReason")}}}, judgement: editors }
        evidence:
          - { item: tb/ben, note: {{{Q("EvidenceNote")}}} }
        facts:
          - { label: {{{Q("FactLabel")}}}, value: {{{Q("FactValue")}}} }
        timeline:
          - { date: {{{Q("WrittenDate")}}}, event: {{{Q("TimelineEvent")}}} }
        questions: [{{{Q("Question")}}}]
        ---
        Body [[t]] and [[t|TermLabel <{{{Probe}}}>]] cites [@r], [@r2], [@r3] and [see <{{{Probe}}}> @r, p. <{{{Probe}}}>].

        {{< grid g >}}

        {{< table tb >}}

        {{< figure f >}}

        {{< comparison c >}}

        {{< definitions t >}}

        {{< term t >}}
        -- content/case-studies/other.md --
        ---
        title: Other
        ---
        Other [[t]].
        -- content/data/terms.yml --
        - id: t
          name: {{{Q("TermName")}}}
          aliases: [{{{Q("TermAlias")}}}]
          category: {{{Q("TermCategory")}}}
          explanation: {{{Q("TermExplanation")}}}
          assessment: {{{Q("TermAssessment")}}}
          references: [r]
          definitions:
            - id: d1
              text: {{{Q("DefText")}}}
              authors: [{{{Q("DefAuthor")}}}]
              year: {{{Q("DefYear")}}}
              reference: r
              page: {{{Q("DefPage")}}}
              kind: criticised
              classified_by: {{{Q("DefClassifiedBy")}}}
              note: {{{Q("DefNote")}}}
              criticisms: [{{{Q("DefCriticism")}}}]
            - id: d2
              text: {{{Q("DefText2")}}}
        -- content/data/references.yml --
        - id: r
          type: chapter
          author: [{family: {{{Q("RefFamily")}}}, given: {{{Q("RefGiven")}}}}]
          editor: [{literal: {{{Q("RefLiteral")}}}}]
          issued: 2007
          title: {{{Q("RefTitle")}}}
          container-title: {{{Q("RefContainer")}}}
          collection-title: {{{Q("RefCollection")}}}
          publisher: {{{Q("RefPublisher")}}}
          publisher-place: {{{Q("RefPlace")}}}
          volume: {{{Q("RefVolume")}}}
          issue: {{{Q("RefIssue")}}}
          page: {{{Q("RefPages")}}}
          URL: "https://example.org/<{{{Probe}}}>\"'"
          note: {{{Q("RefNote")}}}
        - id: r2
          title: T2
          DOI: "10.1/<{{{Probe}}}>\"'"
          issued: 2008
        - id: r3
          title: T3
          URL: "javascript:alert(1)"
          issued: 2009
        -- content/data/grids.yml --
        - id: g
          name: {{{Q("GridName")}}}
          description: {{{Q("GridDesc")}}}
          source: r
          rows: { label: {{{Q("RowAxis")}}}, levels: [{ id: r1, label: {{{Q("RowLabel")}}} }] }
          columns: { label: {{{Q("ColAxis")}}}, levels: [{ id: c1, label: {{{Q("ColLabel")}}} }] }
          cells:
            - { row: r1, column: c1, text: {{{Q("GridCell")}}} }
        -- content/data/tables.yml --
        - id: tb
          title: {{{Q("TableTitle")}}}
          description: {{{Q("TableDesc")}}}
          source: r
          benefits_label: {{{Q("BenefitsLabel")}}}
          risks_label: {{{Q("RisksLabel")}}}
          rows:
            - benefit: { id: ben, text: {{{Q("Benefit")}}} }
              risk: { id: risk, text: {{{Q("Risk")}}} }
        -- content/data/figures.yml --
        - id: f
          title: {{{Q("FigTitle")}}}
          description: {{{Q("FigDesc")}}}
          source: r
          source_note: {{{Q("FigSourceNote")}}}
          unit: {{{Q("FigUnit")}}}
          categories: [{{{Q("FigCategory")}}}, "a long category name that the chart wraps onto more than one line"]
          series:
            - { name: {{{Q("FigSeries1")}}}, values: [1, 2] }
            - { name: {{{Q("FigSeries2")}}}, values: [3, null] }
        -- content/data/comparisons.yml --
        - id: c
          title: {{{Q("CmpTitle")}}}
          source: r
          row_label: {{{Q("CmpRowLabel")}}}
          columns: [{{{Q("CmpColumn")}}}]
          rows:
            - { label: {{{Q("CmpRow")}}}, cells: [{{{Q("CmpCell")}}}] }
        -- content/data/themes.yml --
        - id: th
          title: {{{Q("ThemeTitle")}}}
          description: {{{Q("ThemeDesc")}}}
        """);

    [Fact]
    public void Markup_in_every_text_of_a_site_is_escaped_in_text_attributes_svg_and_css()
    {
        using var site = HostileSite();
        var result = site.Build();
        CleanButTheLanguage(result);

        var parser = new HtmlParser();
        var everything = new System.Text.StringBuilder();
        var files = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var html = site.ReadOutput(file);
            everything.Append(html);
            var document = parser.ParseDocument(html);
            var injected = document.All.Where(e => e.LocalName == Probe).ToList();
            Assert.True(injected.Count == 0, $"{file} has a <{Probe}> element: text from the site became markup");
            foreach (var style in document.QuerySelectorAll("style"))
            {
                Assert.DoesNotContain("<", style.TextContent);
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: an event attribute {attribute.Name}");
                    if (attribute.Name is "href" or "src")
                    {
                        var scheme = attribute.Value.Trim().Split(':')[0].ToLowerInvariant();
                        Assert.False(attribute.Value.Contains(':') && scheme is "javascript" or "vbscript" or "data",
                            $"{file}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }
        }

        // Each text arrived, escaped, somewhere: the test would otherwise prove nothing about it.
        var all = everything.ToString();
        var missing = Tags.Where(tag => !all.Contains($"{tag} &lt;{Probe}", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "these texts never reached a page, escaped: " + string.Join(", ", missing));
    }

    [Fact]
    public void Figure_texts_are_escaped_inside_the_svg_chart()
    {
        using var site = HostileSite();
        CleanButTheLanguage(site.Build());
        var document = new HtmlParser().ParseDocument(site.ReadOutput("figures/f/index.html"));
        var svgs = document.QuerySelectorAll("svg.chart-svg");
        Assert.Equal(2, svgs.Length); // drawn for the column and, narrower, for phones
        foreach (var svg in svgs)
        {
            Assert.Empty(svg.QuerySelectorAll(Probe));
            foreach (var tag in new[] { "FigTitle", "FigCategory", "FigSeries1", "FigSeries2" })
            {
                Assert.Contains($"{tag} &lt;{Probe}", svg.InnerHtml, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Attributes_keep_hostile_values_inside_their_quotes()
    {
        using var site = HostileSite();
        CleanButTheLanguage(site.Build());
        var document = new HtmlParser().ParseDocument(site.ReadOutput("case-studies/case/index.html"));
        Assert.StartsWith("SiteLang <" + Probe, document.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("PageSummary <" + Probe, document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var edit = document.QuerySelectorAll("a").Single(a => a.TextContent == "Edit this page");
        Assert.Equal($"https://git.example.org/edit/content/case-studies/case.md?x=<{Probe}>\"'", edit.GetAttribute("href"));
        var external = document.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("MenuExt", StringComparison.Ordinal));
        Assert.Equal($"https://example.org/<{Probe}>\"", external.GetAttribute("href"));
    }

    [Fact]
    public void A_reference_url_that_is_not_http_is_not_linked()
    {
        using var site = HostileSite();
        CleanButTheLanguage(site.Build());
        var bibliography = site.ReadOutput("bibliography/index.html");
        Assert.DoesNotContain("javascript:", bibliography, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("A [x](javascript:alert(1)) link.", 3)]
    [InlineData("A [x](JaVaScRiPt:alert(1)) link.", 3)]
    [InlineData("A [x](<javascript:alert(1)>) link.", 3)]
    [InlineData("A [x](&#106;avascript:alert(1)) link.", 3)]
    [InlineData("A [x](javascript&#58;alert(1)) link.", 3)]
    [InlineData("An ![image](javascript:alert(1)).", 4)]
    [InlineData("A [x](vbscript:msgbox(1)) link.", 3)]
    [InlineData("A [x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) link.", 3)]
    [InlineData("An ![image](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=).", 4)]
    [InlineData("Café, naïve: [x](javascript:alert(1)).", 14)]
    [InlineData("An <javascript:alert(1)> autolink.", 4)]
    [InlineData("An <DATA:text/html,x> autolink.", 4)]
    public void Unsafe_link_from_content_is_refused_at_the_link(string line, int column)
    {
        using var site = TestSite.With($"-- content/notes.md --\n---\ntitle: Notes\n---\n{line}\n");
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeUrl, diagnostic.Code);
        Assert.Equal($"content/notes.md:4:{column}", diagnostic.Span.ToString());
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Unsafe_reference_style_link_is_refused_where_it_is_used()
    {
        using var site = TestSite.With("-- content/notes.md --\n---\ntitle: Notes\n---\nSee [the site][r].\n\n[r]: javascript:alert(1)\n");
        var result = site.Build();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeUrl, diagnostic.Code);
        Assert.Equal("content/notes.md:4:5", diagnostic.Span.ToString());
    }

    [Fact]
    public void Raw_html_in_content_is_shown_as_text_by_default()
    {
        using var site = TestSite.With($"-- content/notes.md --\n---\ntitle: Notes\n---\n<{Probe} onclick=\"alert(1)\">x</{Probe}>\n\n<script>alert(1)</script>\n");
        DiagnosticAssert.Clean(site.Build());
        var document = new HtmlParser().ParseDocument(site.ReadOutput("notes/index.html"));
        Assert.Empty(document.QuerySelectorAll(Probe));
        Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.GetAttribute("src") is null || s.TextContent.Contains("alert", StringComparison.Ordinal)); // the theme's own scripts load by src
        Assert.Contains($"&lt;{Probe} onclick", site.ReadOutput("notes/index.html"), StringComparison.Ordinal);
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>The markup of items, generated pages, term links, citations and bibliography entries comes from theme templates that a site's templates/ overrides file by file.</summary>
public sealed class ThemeTemplateOverrideTests
{
    private const string Grid =
        "-- content/data/grids.yml --\n" +
        "- id: g\n  name: Fish & chips\n" +
        "  rows: { label: Rows, levels: [{ id: r1, label: One }, { id: r2, label: Two }] }\n" +
        "  columns: { label: Columns, levels: [{ id: c1, label: Left }] }\n" +
        "  cells:\n    - { row: r1, column: c1, text: \"*first* <cell>\" }\n    - { row: r2, column: c1, text: second }\n" +
        "-- content/case-studies/a.md --\n---\ntitle: Alpha\n---\nBefore.\n\n{{< grid g >}}\n\nAfter.\n";

    private const string Terms =
        "-- content/data/terms.yml --\n" +
        "- id: habitus\n  name: Habitus & field\n  explanation: A way of being.\n" +
        "- id: capital\n  name: Capital\n  category: approach\n  explanation: What one holds.\n" +
        "-- content/about.md --\n---\ntitle: About\n---\nOn [[habitus]] and [[capital]].\n";

    private const string Cited =
        "-- content/data/references.yml --\n" +
        "references:\n" +
        "  - id: ostrom1996\n    type: article-journal\n    author:\n      - { family: O'Strom, given: Elinor }\n" +
        "    issued: 1996\n    title: Crossing the great divide\n    container-title: World Development\n    volume: \"24\"\n    page: 1073-1087\n" +
        "-- content/data/terms.yml --\n" +
        "- id: habitus\n  name: Habitus\n  explanation: Dispositions & habits.\n" +
        "-- content/case-studies/a.md --\n---\ntitle: Alpha\n---\nThe [[habitus]] of officers [see @ostrom1996, p. 12]; @ostrom1996 agrees.\n";

    [Fact]
    public void A_site_logo_partial_puts_a_mark_before_the_title_in_the_theme_s_header()
    {
        using var site = TestSite.With("-- site.config.yml --\ntitle: Test briefings\nmenu:\n  - { title: About, url: /about/ }\n" +
            "-- content/about.md --\n---\ntitle: About\n---\nUs.\n" +
            "-- content/mark.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>\n" +
            "-- templates/partials/site-logo.html --\n<img class=\"site-logo\" src=\"{{ site.root }}mark.svg\" alt=\"\"> {{ # before the title ~}}\n");
        DiagnosticAssert.Clean(site.Build());

        var html = site.ReadOutput("about/index.html");
        Assert.Contains("<a class=\"site-title\" href=\"../index.html\"><img class=\"site-logo\" src=\"../mark.svg\" alt=\"\"> Test briefings</a>", html);
        Assert.Contains("<nav class=\"site-menu\"", html); // the rest of the header is still the theme's
        using var plain = TestSite.With();
        DiagnosticAssert.Clean(plain.Build());
        Assert.Contains("<a class=\"site-title\" href=\"index.html\">Test briefings</a>", plain.ReadOutput("index.html"));
    }

    [Fact]
    public void A_site_citation_and_term_link_template_change_every_citation_and_term_link_on_a_page()
    {
        using var site = TestSite.With(Cited +
            "-- templates/items/citation.html --\n" +
            "<cite data-parenthetical=\"{{ parenthetical }}\">{{ for item in items }}{{ item.prefix }}|{{ item.reference.id }}|{{ item.locator }}|{{ item.text }}|{{ item.link }}{{ end }}</cite>\n" +
            "-- templates/items/term-link.html --\n" +
            "<dfn title=\"{{ term.explanation }}\"><a href=\"{{ link }}\">{{ text }}</a></dfn>\n");
        DiagnosticAssert.Clean(site.Build());

        var html = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains(
            "The <dfn title=\"Dispositions &amp; habits.\"><a href=\"../../definitions/index.html#term-habitus\">habitus</a></dfn> of officers " +
            "<cite data-parenthetical=\"true\">see|ostrom1996|p. 12|O&#39;Strom, 1996, p. 12|../../bibliography/index.html#ref-ostrom1996</cite>; " +
            "<cite data-parenthetical=\"false\">|ostrom1996||O&#39;Strom (1996)|../../bibliography/index.html#ref-ostrom1996</cite> agrees.",
            html);
        Assert.DoesNotContain("class=\"term-tip\"", html);
        Assert.DoesNotContain("class=\"citation\"", html);
    }

    [Fact]
    public void A_site_bibliography_entry_template_changes_the_bibliography_and_a_page_s_references()
    {
        using var site = TestSite.With(Cited +
            "-- templates/items/bibliography-entry.html --\n" +
            "<b>{{ entry.names }}</b> [{{ entry.year }}] {{ entry.title }} / {{ entry.container }} {{ entry.numbering }}: {{ entry.pages }}\n");
        DiagnosticAssert.Clean(site.Build());

        const string entry = "<b>O&#39;Strom, E.</b> [1996] Crossing the great divide / World Development 24: pp. 1073–1087";
        Assert.Contains($"<li id=\"ref-ostrom1996\"><p>{entry}</p>", site.ReadOutput("bibliography/index.html"));
        Assert.Contains($"<li data-ref=\"ostrom1996\">{entry}</li>", site.ReadOutput("case-studies/a/index.html"));
    }

    [Fact]
    public void A_site_grid_template_renders_every_grid_embed_from_the_grid_itself()
    {
        using var site = TestSite.With(Grid +
            "-- templates/items/grid.html --\n" +
            "<ol class=\"my-grid\" data-link=\"{{ link }}\">{{ grid.name }}:{{ for row in rows }}<li>{{ row.level.label }}={{ for cell in row.cells }}{{ cell.text }}{{ end }}</li>{{ end }}</ol>\n");
        DiagnosticAssert.Clean(site.Build());

        var html = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains(
            "<ol class=\"my-grid\" data-link=\"../../grids/g/index.html\">Fish &amp; chips:<li>One=<em>first</em> &lt;cell&gt;</li><li>Two=second</li></ol>",
            html);
        Assert.DoesNotContain("class=\"grid\"", html);
        // The grid's own page includes the same item template.
        Assert.Contains("<ol class=\"my-grid\" data-link=\"\">Fish &amp; chips:", site.ReadOutput("grids/g/index.html"));
    }

    [Fact]
    public void A_site_definitions_page_template_replaces_the_generated_body()
    {
        using var site = TestSite.With(Terms +
            "-- templates/pages/definitions.html --\n" +
            "{{ for category in categories }}<h2>{{ category.title }}</h2>{{ for entry in category.entries }}<dfn id=\"{{ entry.anchor }}\">{{ entry.term.name }}</dfn> {{ entry.explanation }}{{ end }}{{ end }}\n");
        DiagnosticAssert.Clean(site.Build());

        var html = site.ReadOutput("definitions/index.html");
        Assert.Contains("<h2>approach</h2><dfn id=\"term-capital\">Capital</dfn> What one holds.<h2></h2><dfn id=\"term-habitus\">Habitus &amp; field</dfn> A way of being.", html);
        Assert.DoesNotContain("term-index", html);
    }

    [Fact]
    public void Without_overrides_the_theme_templates_render_the_grid_and_definitions()
    {
        using var site = TestSite.With(Grid + Terms);
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("<table class=\"grid grid-1\">", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("<nav class=\"term-index\"", site.ReadOutput("definitions/index.html"));
    }

    [Fact]
    public void An_error_in_a_site_item_template_is_reported_at_its_line()
    {
        using var site = TestSite.With(Grid + "-- templates/items/grid.html --\n<p>\n{{ grid.name | no_such_function }}</p>\n");
        var result = site.Build();
        // Every page that shows the grid (the case study, its paper, the grid's page) is an error at the template's line.
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, error =>
        {
            Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
            Assert.Equal("templates/items/grid.html", error.Span.Path);
            Assert.Equal(2, error.Span.Line);
        });
    }

    [Fact]
    public void A_template_cannot_change_the_site_records_it_is_given()
    {
        // Pages render in parallel from the same grid: an assignment would leak into other pages.
        using var site = TestSite.With(Grid + "-- templates/items/grid.html --\n{{ grid.name = \"changed\" }}{{ grid.name }}\n");
        var result = site.Build(write: false);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, error =>
        {
            Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
            Assert.Equal("templates/items/grid.html", error.Span.Path);
        });
    }
}

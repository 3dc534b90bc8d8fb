using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// A work's bibliography entry is the same on every page that cites it, so a build renders it once; an entry template
/// that reads anything of the page (a site's override) is rendered on every page, as any template is.
/// </summary>
public sealed class ItemRenderedOnceTests
{
    private const string TwoPagesCitingOneWork =
        "-- content/data/references.yml --\n" +
        "references:\n" +
        "  - id: ostrom1996\n    type: article-journal\n    author:\n      - { family: Ostrom, given: Elinor }\n" +
        "    issued: 1996\n    title: Crossing the great divide\n    container-title: World Development\n" +
        "-- content/case-studies/a.md --\n---\ntitle: Alpha\n---\nAs @ostrom1996 shows.\n" +
        "-- content/case-studies/b.md --\n---\ntitle: Beta\n---\nAs @ostrom1996 shows.\n";

    [Fact]
    public void An_entry_template_that_reads_the_page_shows_each_page_s_own_words()
    {
        // Its link home starts from each citing page, one and two folders deep.
        using var site = TestSite.With(TwoPagesCitingOneWork + "-- content/about.md --\n---\ntitle: About\n---\nAs @ostrom1996 shows.\n" +
            "-- templates/items/bibliography-entry.html --\n<b>{{ entry.title }}</b> <a class=\"home\" href=\"{{ relurl '/' }}\">home</a>\n");
        DiagnosticAssert.Clean(site.Build());

        Assert.Contains("<b>Crossing the great divide</b> <a class=\"home\" href=\"../index.html\">", site.ReadOutput("about/index.html"));
        Assert.Contains("<b>Crossing the great divide</b> <a class=\"home\" href=\"../../index.html\">", site.ReadOutput("case-studies/a/index.html"));
    }

    [Fact]
    public void The_theme_s_entry_reads_only_the_entry_and_renders_alike_on_every_page()
    {
        using var site = TestSite.With(TwoPagesCitingOneWork);
        DiagnosticAssert.Clean(site.Build());

        string Entry(string page)
        {
            var html = site.ReadOutput(page);
            var start = html.IndexOf("Ostrom, E.", StringComparison.Ordinal);
            Assert.True(start >= 0, html);
            return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
        }

        Assert.Equal(Entry("case-studies/a/index.html"), Entry("case-studies/b/index.html"));
        Assert.Contains("‘Crossing the great divide’", Entry("case-studies/a/index.html"));
        Assert.True(Catalog(("items/bibliography-entry.html", ThemeText("items/bibliography-entry.html"))).ReadsOnly("items/bibliography-entry.html", "entry"));
    }

    [Theory]
    [InlineData("{{ entry.title }} {{ t 'full_definition' }} {{ entry.title | string.upcase | raw }}")]
    [InlineData("{{ capture part }}<em>{{ entry.title }}</em>{{ end }}{{ part | raw }}")]
    [InlineData("{{ x = entry.year }}{{ if x }}({{ x }}){{ end }}")]
    [InlineData("{{ for name in entry.names }}{{ if !for.first }}, {{ end }}{{ name }}{{ end }}")]
    public void A_template_reading_its_entry_its_own_names_and_the_text_functions_is_page_free(string text) =>
        Assert.True(Catalog(("items/x.html", text)).ReadsOnly("items/x.html", "entry"));

    [Theory]
    [InlineData("{{ entry.title }} {{ page.title }}")] // the page
    [InlineData("{{ site.title }}")] // the site, with its relative links
    [InlineData("{{ include 'partials/other.html' }}")] // another template, which may read the page
    [InlineData("<a href=\"{{ relurl 'x/' }}\">")] // relative to the page
    [InlineData("{{ x }}{{ x = 1 }}")] // read before it is set: the page's x
    [InlineData("{{ x = x + 1 }}{{ x }}")] // the value is read first
    [InlineData("{{ if entry.year }}{{ x = 1 }}{{ end }}{{ x }}")] // set only sometimes
    [InlineData("{{ for item in entry.names }}{{ end }}{{ item }}")] // the loop's variable, after the loop
    [InlineData("{{ page.seen = true }}{{ entry.title }}")] // a change to something else
    [InlineData("{{ math.random 1 10 }}")] // not a function of its arguments
    [InlineData("{{ date.now }}")]
    [InlineData("{{ object.eval 'page.title' }}")]
    [InlineData("{{ for.index }}")] // the page's loop, outside any loop of its own
    [InlineData("{{ id_prefix += '' }}<li id=\"{{ id_prefix }}x\">")] // x += y reads the page's x first
    [InlineData("{{ site += '' }}{{ site }}")]
    [InlineData("{{ array.cycle ['odd', 'even'] }}")] // counts across the renders of a context
    public void A_template_that_may_read_anything_else_is_not(string text) =>
        Assert.False(Catalog(("items/x.html", text), ("partials/other.html", "{{ page.title }}")).ReadsOnly("items/x.html", "entry"));

    [Fact]
    public void Every_page_starts_its_cycles_afresh_whichever_page_was_rendered_before_it()
    {
        var pages = string.Concat(Enumerable.Range(1, 8).Select(i => $"-- content/case-studies/p{i}.md --\n---\ntitle: P{i}\n---\nText.\n"));
        using var site = TestSite.With(pages + "-- templates/partials/footer.html --\n<p class=\"cycle\">{{ array.cycle ['first', 'second'] }}</p>\n");
        DiagnosticAssert.Clean(site.Build());

        foreach (var i in Enumerable.Range(1, 8))
        {
            Assert.Contains("<p class=\"cycle\">first</p>", site.ReadOutput($"case-studies/p{i}/index.html"));
        }
    }

    private static TemplateCatalog Catalog(params (string Name, string Text)[] files) =>
        new(files.Select(f => new TemplateFile(f.Name, f.Text, "templates/" + f.Name, FromSite: true)).ToList(), new DiagnosticBag());

    private static string ThemeText(string name) =>
        File.ReadAllText(Path.Combine(Repository.Root, "src", "BriefingGen", "Theme", name));
}

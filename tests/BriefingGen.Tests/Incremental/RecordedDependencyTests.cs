using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Incremental;

/// <summary>What a page depends on is what it read while it rendered: serve renders again exactly the pages that read what changed.</summary>
public sealed class RecordedDependencyTests
{
    private const string Site = """
        -- content/data/terms.yml --
        - id: habitus
          name: Habitus
          explanation: Dispositions.
        - id: field
          name: Field
          explanation: A field.
        -- content/data/references.yml --
        - id: smith2015
          type: book
          title: A book
          author: [{ family: Smith, given: Ann }]
          issued: { date-parts: [[2015]] }
        -- content/data/grids.yml --
        - id: g
          name: G
          rows: { label: R, levels: [{ id: a, label: A }] }
          columns: { label: C, levels: [{ id: x, label: X }] }
          cells:
            - { row: a, column: x, text: "About [[field]]." }
        -- content/notes/with-grid.md --
        ---
        title: With grid
        ---
        On [[habitus]] [@smith2015].

        {{< grid g >}}
        -- content/notes/plain.md --
        ---
        title: Plain
        ---
        No grid here.
        """;

    [Fact]
    public void A_page_records_the_terms_references_items_templates_and_pages_it_read()
    {
        using var site = TestSite.With(Site);
        var (model, renderer, _) = SiteBuilder.LoadRenderer(new BuildOptions { Source = site.Root });

        var keys = renderer.Render(model.Find("notes/with-grid/")!)!.Dependencies.Keys;

        Assert.Superset(new HashSet<string>
        {
            "config", "text", "page:notes/with-grid/", "body:notes/with-grid/", "uses:notes/with-grid/", "term:habitus", "reference:smith2015",
            "grid:g", "term:field", "template:items/grid.html", "template:items/term-link.html", "template:layouts/page.html",
            "page:notes/", "neighbours:notes/with-grid/",
        }, keys.ToHashSet());
        Assert.DoesNotContain("template:items/table.html", keys);
        Assert.DoesNotContain("body:notes/plain/", keys);
    }

    [Fact]
    public void Editing_an_item_template_renders_again_only_the_pages_that_draw_the_item()
    {
        using var site = TestSite.With(Site);
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        Assert.True(builder.Build().Succeeded);
        var theme = File.ReadAllText(Path.Combine(Repository.Root, "src/BriefingGen/Theme/items/grid.html"));

        site.WriteFile("templates/items/grid.html", theme + "<p>Grid drawn by the site's template.</p>\n");
        Assert.True(builder.Build().Succeeded);

        Assert.Contains("notes/with-grid/index.html", builder.LastWritten);
        Assert.Contains("grids/g/index.html", builder.LastWritten);
        Assert.DoesNotContain("notes/plain/index.html", builder.LastWritten);
        Assert.Contains("Grid drawn by the site's template.", site.ReadOutput("notes/with-grid/index.html"));
        // The page with the grid, its paper, the grid's own page: not the site's other pages.
        Assert.True(builder.LastRendered <= 6, $"rendered {builder.LastRendered} pages");
    }

    [Fact]
    public void Editing_a_term_shown_only_inside_an_embedded_grid_cell_renders_the_page_that_embeds_the_grid()
    {
        using var site = TestSite.With(Site);
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        Assert.True(builder.Build().Succeeded);

        site.WriteFile("content/data/terms.yml", "- id: habitus\n  name: Habitus\n  explanation: Dispositions.\n- id: field\n  name: Field\n  explanation: A changed field.\n");
        Assert.True(builder.Build().Succeeded);

        Assert.Contains("A changed field.", site.ReadOutput("notes/with-grid/index.html"));
        Assert.DoesNotContain("notes/plain/index.html", builder.LastWritten);
    }
}

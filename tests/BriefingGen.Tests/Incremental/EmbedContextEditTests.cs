using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Incremental;

/// <summary>An embedded grid or table shows what other pages say of it: serve shows their edits on the embedding page.</summary>
public sealed class EmbedContextEditTests
{
    private const string Site =
        "-- content/data/grids.yml --\n- id: g\n  name: Grid\n" +
        "  rows: { label: Rows, levels: [{ id: r1, label: R1 }] }\n  columns: { label: Columns, levels: [{ id: c1, label: C1 }] }\n" +
        "-- content/data/tables.yml --\n- id: t\n  title: T\n  benefits:\n    - { id: x, text: Trust }\n" +
        "-- content/briefings/b.md --\n---\ntitle: B\n---\n{{< grid g >}}\n\n{{< table t >}}\n" +
        "-- content/case-studies/a.md --\n---\ntitle: Case A\n---\nA.\n";

    [Fact]
    public void Placing_a_case_and_giving_evidence_show_on_the_page_that_embeds_the_grid_and_the_table()
    {
        using var site = TestSite.With(Site);
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        Assert.True(builder.Build().Succeeded);
        Assert.DoesNotContain("Case A", site.ReadOutput("briefings/b/index.html"));

        site.WriteFile("content/case-studies/a.md",
            "---\ntitle: Case A\nplacements:\n  - { grid: g, cell: r1/c1, reason: Because. }\nevidence:\n  - { item: t/x, note: It grew. }\n---\nA.\n");
        var rebuilt = builder.Build();

        DiagnosticAssert.Clean(rebuilt);
        Assert.Contains("briefings/b/index.html", builder.LastWritten);
        var html = site.ReadOutput("briefings/b/index.html");
        Assert.Contains(">Case A</a>", html);
        Assert.Contains("— It grew.", html);
    }

    [Fact]
    public void A_citation_added_to_a_reason_or_note_joins_the_references_of_the_page_that_embeds_the_grid_and_the_table()
    {
        using var site = TestSite.With(Site +
            "-- content/data/references.yml --\n" +
            "- { id: santos1998, type: book, author: [{ family: Santos, given: B }], issued: 1998, title: S }\n" +
            "- { id: wampler2007, type: book, author: [{ family: Wampler, given: B }], issued: 2007, title: W }\n");
        site.WriteFile("content/case-studies/a.md",
            "---\ntitle: Case A\nplacements:\n  - { grid: g, cell: r1/c1, reason: Because. }\nevidence:\n  - { item: t/x, note: It grew. }\n---\nA.\n");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        Assert.True(builder.Build().Succeeded);
        Assert.DoesNotContain("data-ref=", site.ReadOutput("briefings/b/index.html"));

        site.WriteFile("content/case-studies/a.md",
            "---\ntitle: Case A\nplacements:\n  - { grid: g, cell: r1/c1, reason: \"Because [@santos1998].\" }\nevidence:\n  - { item: t/x, note: \"It grew [@wampler2007].\" }\n---\nA.\n");
        DiagnosticAssert.Clean(builder.Build());

        var html = site.ReadOutput("briefings/b/index.html");
        Assert.Contains("data-ref=\"santos1998\"", html);
        Assert.Contains("data-ref=\"wampler2007\"", html);
        using var full = TestSite.With(Site);
        Directory.Delete(full.Root, recursive: true);
        CopyFolder(site.Root, full.Root, except: site.Output);
        Assert.True(full.Build().Succeeded);
        Assert.Equal(full.ReadOutput("briefings/b/index.html"), html);
        // The grid's and the table's own pages show the reason and the note too.
        Assert.Contains("data-ref=\"santos1998\"", site.ReadOutput("grids/g/index.html"));
        Assert.Contains("data-ref=\"wampler2007\"", site.ReadOutput("tables/t/index.html"));
        Assert.Equal(full.ReadOutput("grids/g/index.html"), site.ReadOutput("grids/g/index.html"));
        Assert.Equal(full.ReadOutput("tables/t/index.html"), site.ReadOutput("tables/t/index.html"));
    }

    private static void CopyFolder(string from, string to, string except)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(except, StringComparison.Ordinal)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

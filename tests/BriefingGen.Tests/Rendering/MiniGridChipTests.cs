using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>A case study's own grid names it and a few others per cell, so a grid with thousands of cases does not repeat them all on every page.</summary>
public sealed class MiniGridChipTests
{
    [Fact]
    public void A_case_study_s_grid_names_itself_and_at_most_three_others_per_cell_while_the_grid_page_names_all()
    {
        var cases = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"-- content/case-studies/c{i:D2}.md --\n---\ntitle: Case {i:D2}\nplacements:\n  - {{ grid: g, cell: r1/c1, reason: Because. }}\n---\nText.\n"));
        using var site = TestSite.With(
            "-- content/data/grids.yml --\n- id: g\n  name: Grid\n" +
            "  rows: { label: Rows, levels: [{ id: r1, label: R1 }] }\n  columns: { label: Columns, levels: [{ id: c1, label: C1 }] }\n" + cases);
        DiagnosticAssert.Clean(site.Build());

        var page = site.ReadOutput("case-studies/c10/index.html");
        Assert.Equal(4, page.Split("class=\"chip\"").Length - 1);
        Assert.Contains(">Case 10</a>", page);
        Assert.Equal(12, site.ReadOutput("grids/g/index.html").Split("class=\"chip\"").Length - 1);
    }
}

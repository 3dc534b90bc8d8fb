using System.Diagnostics;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Scaling;

/// <summary>A grid's reading, checking and drawing take time in proportion to its cells, not their square.</summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class GridScalingTests
{
    [Fact]
    public void A_200_by_200_grid_with_a_placement_and_an_embed_builds_in_seconds()
    {
        using var site = TestSite.With(GridFile(200, skip: null) +
            "-- content/case.md --\n---\ntitle: Case\nplacements:\n  - { grid: big, cell: l1/l2, reason: Because. }\n---\n{{< grid big >}}\n");
        var clock = Stopwatch.StartNew();
        var result = site.Build();
        clock.Stop();

        DiagnosticAssert.Clean(result);
        Assert.Contains("id=\"cell-l199-l199\"", site.ReadOutput("grids/big/index.html"));
        // Scanning the cells for each cell took 31 s here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void A_grid_that_gives_text_for_few_of_its_thousands_of_cells_has_them_all()
    {
        using var site = TestSite.With(GridFile(150, skip: 2) +
            "-- content/case.md --\n---\ntitle: Case\nplacements:\n  - { grid: big, cell: l0/l1, reason: Because. }\n---\n{{< grid big >}}\n");
        DiagnosticAssert.Clean(site.Build());
        var html = site.ReadOutput("grids/big/index.html");
        Assert.Contains("id=\"cell-l0-l1\"", html);
        Assert.Contains("id=\"cell-l149-l149\"", html);
    }

    // An n x n grid; with skip, every skip-th cell is left out.
    private static string GridFile(int n, int? skip)
    {
        var levels = string.Concat(Enumerable.Range(0, n).Select(i => $"      - {{ id: l{i}, label: Level {i} }}\n"));
        var text = new StringBuilder($"-- content/data/grids.yml --\n- id: big\n  name: Big\n  rows:\n    label: R\n    levels:\n{levels}  columns:\n    label: C\n    levels:\n{levels}  cells:\n");
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                if (skip is null || (r * n + c) % skip.Value == 0)
                {
                    text.Append($"    - {{ row: l{r}, column: l{c}, text: Cell {r} {c} }}\n");
                }
            }
        }

        return text.ToString();
    }
}

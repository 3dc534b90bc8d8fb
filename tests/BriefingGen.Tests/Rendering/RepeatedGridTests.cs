using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>A case placed in two cells of one grid shows that grid once, both cells marked, with each reason under it.</summary>
public sealed class RepeatedGridTests
{
    [Fact]
    public void A_case_placed_twice_on_a_grid_draws_it_once_with_both_cells_marked_and_both_reasons()
    {
        using var site = new TestSite("""
            -- site.config.yml --
            title: T
            print: { editions: true }
            -- content/data/grids.yml --
            - id: g
              name: Who takes part
              rows: { label: Planning, levels: [{ id: pro, label: Professionals }, { id: all, label: Everyone }] }
              columns: { label: Delivery, levels: [{ id: pro, label: Professionals }, { id: all, label: Everyone }] }
              cells:
                - { row: pro, column: pro, text: Traditional services }
                - { row: pro, column: all, text: Co-delivery }
                - { row: all, column: pro, text: Co-design }
                - { row: all, column: all, text: Full co-production }
            -- content/case-studies/x.md --
            ---
            title: X
            placements:
              - { grid: g, cell: pro/all, reason: At first residents only delivered. }
              - { grid: g, cell: all/all, reason: Later they planned too. }
            ---
            Body.
            """);
        DiagnosticAssert.Clean(site.Build());
        foreach (var page in new[] { "case-studies/x/index.html", "case-studies/x/paper/index.html", "case-studies/x/handout/index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.True(Count(html, "<table class=\"grid") == 1, $"{page} draws the grid {Count(html, "<table class=\"grid")} times");
            Assert.Equal(2, Count(html, "class=\"marked\""));
            Assert.Contains("At first residents only delivered.", html);
            Assert.Contains("Later they planned too.", html);
        }
    }

    private static int Count(string html, string part) => Regex.Matches(html, Regex.Escape(part)).Count;
}

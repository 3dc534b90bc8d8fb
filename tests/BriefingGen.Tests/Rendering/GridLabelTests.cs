using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>An axis label copied from a table heading keeps its colon in the data; the pages never print it twice.</summary>
public sealed class GridLabelTests
{
    [Fact]
    public void An_axis_label_ending_in_a_colon_is_printed_with_one_colon()
    {
        using var site = new TestSite("""
            -- site.config.yml --
            title: T
            print:
              editions: true
            -- content/data/grids.yml --
            - id: g
              name: A grid
              rows: { label: "Involvement in service delivery:", levels: [{ id: a, label: Professionals only }, { id: b, label: Users }] }
              columns: { label: "Involvement in service planning:", levels: [{ id: c, label: Professionals only }, { id: d, label: Users }] }
              cells:
                - { row: a, column: c, text: One }
                - { row: a, column: d, text: Two }
                - { row: b, column: c, text: Three }
                - { row: b, column: d, text: Four }
            -- content/case-studies/x.md --
            ---
            title: X
            placements:
              - { grid: g, cell: a/c, reason: Professionals ran it., judgement: editors }
            ---
            Body.
            """);
        DiagnosticAssert.Clean(site.Build());
        foreach (var page in new[] { "case-studies/x/index.html", "case-studies/x/paper/index.html", "grids/g/index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.DoesNotContain("::", html);
        }

        Assert.Contains("Involvement in service delivery: Professionals only; Involvement in service planning: Professionals only", site.ReadOutput("case-studies/x/index.html"));
    }
}

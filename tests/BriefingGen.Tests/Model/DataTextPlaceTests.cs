using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// An editor mistypes a term or a citation key in a data file's text (a grid cell, a table item, a definition's note,
/// a timeline event): the error names the line and column where it is written in the YAML, in any style of value.
/// </summary>
public sealed class DataTextPlaceTests
{
    private const string Grid = """
        -- content/data/grids.yml --
        - id: g
          name: G
          rows: { label: R, levels: [{ id: a, label: A }, { id: b, label: B }, { id: c, label: C }] }
          columns: { label: C, levels: [{ id: x, label: X }, { id: y, label: Y }] }
          cells:
            - { row: a, column: x, text: "see [[nosuch]] and [@nope]" }
            - row: a
              column: y
              text: plain [[plainterm]] here
            - row: b
              column: x
              text: |
                A literal block,
                  with [[blockterm]] on its second line.
            - row: b
              column: y
              text: >-
                A folded block
                where [@foldedkey] is on the second line.
            - row: c
              column: x
              text: "an escape \u0041 before [[afterescape]]"
            - row: c
              column: y
              text: "an escape inside [[in\u0073ide]]"
        -- content/case-studies/a.md --
        ---
        title: A
        ---
        {{< grid g >}}
        """;

    private static List<string> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Code is DiagnosticCodes.UnknownTerm or DiagnosticCodes.UnknownCitation)
            .Select(d => $"{d.Span} {d.Code}").Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Unknown_terms_and_citations_in_a_grid_s_cells_are_errors_at_their_line_and_column_in_the_yaml()
    {
        using var site = TestSite.With(Grid);

        Assert.Equal(
        [
            "content/data/grids.yml:14:16 BG0601", // literal block, second line
            "content/data/grids.yml:19:16 BG0602", // folded block, second line
            "content/data/grids.yml:22:38 BG0601", // after an escape
            "content/data/grids.yml:25:13 BG0601", // an escape inside the link: the value's start
            "content/data/grids.yml:6:39 BG0601",  // double-quoted on one line
            "content/data/grids.yml:6:55 BG0602",
            "content/data/grids.yml:9:19 BG0601",  // plain
        ], Errors(site.Build()));
    }

    [Fact]
    public void Unknown_terms_and_citations_in_other_kinds_texts_are_errors_at_their_place()
    {
        using var site = TestSite.With("""
            -- content/data/terms.yml --
            - id: pb
              name: Participatory budgeting
              explanation: Residents decide, see [[nosuch]].
              definitions:
                - id: d1
                  text: A definition.
                  note: >-
                    As argued in
                    [@nokey, p. 3].
            -- content/data/tables.yml --
            - id: t
              title: T
              benefits:
                - { id: x, text: "Trust, per [@other]" }
            -- content/data/timelines.yml --
            - id: h
              title: H
              events:
                - { date: 2015, title: Cut, text: 'The [[cuts]] began' }
            -- content/case-studies/a.md --
            ---
            title: A
            ---
            {{< table t >}}

            {{< timeline h >}}
            """);

        Assert.Equal(
        [
            "content/data/tables.yml:4:35 BG0602",
            "content/data/terms.yml:3:38 BG0601",
            "content/data/terms.yml:9:10 BG0602",
            "content/data/timelines.yml:4:44 BG0601",
        ], Errors(site.Build()));
    }
}

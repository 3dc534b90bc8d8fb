using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>An N x M grid: two ordered axes and a text for each cell (the change grid, the planning x delivery matrix, ...).</summary>
public sealed record Grid(
    string Id,
    string Name,
    string? Description,
    string? SourceId,
    GridAxis Rows,
    GridAxis Columns,
    IReadOnlyList<GridCell> Cells,
    SourceSpan Span)
{
    /// <summary>Where the item's 'source' is written, so that an unknown source is reported at its value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? SourceAt { get; init; }

    // By row and column: rendering a grid looks up every cell, and a scan each time made a 300 x 300 grid take minutes.
    private readonly Dictionary<(string Row, string Column), GridCell> _cells = IndexOf(Cells);

    public GridCell? Cell(string row, string column) => _cells.GetValueOrDefault((row, column));

    private static Dictionary<(string Row, string Column), GridCell> IndexOf(IReadOnlyList<GridCell> cells)
    {
        var index = new Dictionary<(string Row, string Column), GridCell>(cells.Count);
        foreach (var cell in cells)
        {
            index.TryAdd((cell.Row, cell.Column), cell);
        }

        return index;
    }
}

/// <summary>One axis of a grid: its label and its levels in order.</summary>
public sealed record GridAxis(string Label, IReadOnlyList<GridLevel> Levels);

/// <summary>A level on an axis.</summary>
public sealed record GridLevel(string Id, string Label);

/// <summary>The text of one cell, named <c>row/column</c>.</summary>
public sealed record GridCell(string Row, string Column, string Text)
{
    public string Id => $"{Row}/{Column}";

    /// <summary>An id usable as an HTML anchor.</summary>
    public string Anchor => $"cell-{Row}-{Column}";
}

/// <summary>A page sitting in a grid's cell, with the reason, and whose judgement it is (the source's or the editors').</summary>
public sealed record Placement(string GridId, string Row, string Column, string Reason, bool EditorsJudgement, string PageUrl);

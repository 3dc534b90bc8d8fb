using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>An N x M grid: two ordered axes and a text for each cell (the change grid, the planning x delivery matrix, ...).</summary>
public sealed record Grid(
    string Id,
    string Name,
    string? Description,
    GridAxis Rows,
    GridAxis Columns,
    IReadOnlyList<GridCell> Cells,
    SourceSpan Span) : Items.IDataItem
{
    string Items.IDataItem.Title => Name;

    /// <summary>The references it is drawn from, each where it is written.</summary>
    public IReadOnlyList<Yaml.Located<string>> Sources { get; init; } = [];

    // By row and column: rendering a grid looks up every cell, and a scan each time made a 300 x 300 grid take minutes.
    // Made for the cells it indexes, so that a copy with other cells ('with') never answers from the old ones.
    private CellIndex? _index;

    private sealed record CellIndex(IReadOnlyList<GridCell> Of, Dictionary<(string Row, string Column), GridCell> ByPlace);

    public GridCell? Cell(string row, string column)
    {
        var index = _index;
        if (index is null || !ReferenceEquals(index.Of, Cells))
        {
            index = new CellIndex(Cells, IndexOf(Cells));
            _index = index;
        }

        return index.ByPlace.GetValueOrDefault((row, column));
    }

    // The grid's data alone: whether its index is made yet changes nothing.
    public bool Equals(Grid? other) =>
        other is not null && Id == other.Id && Name == other.Name && Description == other.Description && Sources.SequenceEqual(other.Sources) &&
        Rows.Equals(other.Rows) && Columns.Equals(other.Columns) && Cells.Equals(other.Cells) && Span.Equals(other.Span);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Description, Sources.Count, Rows, Columns, Cells, Span);

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
public sealed record GridAxis(string Label, IReadOnlyList<GridLevel> Levels)
{
    /// <summary>The label as a name, without the colon or stop a table heading may end with ("Involvement in service delivery:").</summary>
    public string Name => Label.TrimEnd(':', '.', ' ');
}

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

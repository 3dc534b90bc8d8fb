using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Grids;

/// <summary>The keys of a grid in <c>grids.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class GridKeys
{
    public static MapShape Level { get; } = new("an axis level", "A level of an axis: a row or a column of the grid.",
    [
        ItemKeys.Id("level"),
        new("label", ValueKind.Text, "The level's label.") { Required = true },
    ]);

    public static MapShape Rows { get; } = Axis("rows");

    public static MapShape Columns { get; } = Axis("columns");

    public static MapShape Cell { get; } = new("a grid cell", "The text of one cell, at a row level and a column level.",
    [
        new("row", ValueKind.Text, "The id of the row level.") { Required = true },
        new("column", ValueKind.Text, "The id of the column level.") { Required = true },
        new("text", ValueKind.Text, "The cell's text (optional: a cell without text still takes placements)."),
    ]);

    public static MapShape Grid { get; } = new("a grid", "A two-axis grid that case studies are placed on; one cell per row and column.",
    [
        ItemKeys.Id("grid"),
        new("name", ValueKind.Text, "The grid's name.") { Required = true },
        new("description", ValueKind.Text, "A sentence or two shown with it."),
        ItemKeys.Source("grid"),
        new("rows", ValueKind.Map, "The row axis: a label and its levels, top to bottom.") { Required = true, Entries = Rows },
        new("columns", ValueKind.Map, "The column axis: a label and its levels, left to right.") { Required = true, Entries = Columns },
        new("cells", ValueKind.MapList, "The text of the cells that have one; every row/column pair is a cell.") { Entries = Cell },
    ]);

    private static MapShape Axis(string key) => new($"'{key}'", $"The {key} axis.",
    [
        new("label", ValueKind.Text, "The axis' label.") { Required = true },
        new("levels", ValueKind.MapList, "The axis' levels, in order.") { Entries = Level },
    ]);
}

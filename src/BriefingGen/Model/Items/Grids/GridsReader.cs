using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>grids</c> data: two axes and the text of any of their cells, each cell given at most once.</summary>
public static class GridsReader
{
    public static List<Grid> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var grids = DataItems.MapsOfKind(files, "grids", diagnostics).Select(ReadGrid).OfType<Grid>();
        return DataItems.Unique(grids, g => g.Id, g => g.Span, "grid", diagnostics);
    }

    private static Grid? ReadGrid(YamlMap map)
    {
        var id = DataItems.Id(map, "every grid");
        var name = map.String("name", required: true, owner: "every grid");
        var rows = ReadAxis(map, "rows");
        var columns = ReadAxis(map, "columns");
        var cells = new List<GridCell>();
        // Sets, not scans of the levels and of the cells so far: a 300 x 300 grid has 90,000 cells.
        var rowIds = rows?.Levels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var columnIds = columns?.Levels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var given = new HashSet<(string Row, string Column)>();
        foreach (var entry in map.MapList("cells"))
        {
            var row = entry.LocatedString("row", required: true, owner: "every cell");
            var column = entry.LocatedString("column", required: true, owner: "every cell");
            var text = entry.String("text") ?? "";
            entry.ReportUnknownKeys(Items.Grids.GridKeys.Cell);
            if (row is null || column is null || rowIds is null || columnIds is null)
            {
                continue;
            }

            if (!rowIds.Contains(row.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidGrid, row.Span,
                    $"row '{row.Value}' is not a level of the row axis ({MessageList.Join(rows!.Levels.Select(l => l.Id))})");
            }
            else if (!columnIds.Contains(column.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidGrid, column.Span,
                    $"column '{column.Value}' is not a level of the column axis ({MessageList.Join(columns!.Levels.Select(l => l.Id))})");
            }
            else if (!given.Add((row.Value, column.Value)))
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidGrid, entry.Span, $"the cell {row.Value}/{column.Value} is given twice");
            }
            else
            {
                cells.Add(new GridCell(row.Value, column.Value, text));
            }
        }

        // A cell is valid by its axes: one the data gives no text for is there, empty, and accepts placements.
        if (rows is not null && columns is not null)
        {
            var byPlace = cells.ToDictionary(c => (c.Row, c.Column));
            cells = rows.Levels.SelectMany(r => columns.Levels.Select(c => byPlace.GetValueOrDefault((r.Id, c.Id)) ?? new GridCell(r.Id, c.Id, ""))).ToList();
        }

        var sources = map.LocatedStringList("source");
        var grid = id is null || name is null || rows is null || columns is null
            ? null
            : new Grid(id, name, map.String("description"), rows, columns, cells, map.Span) { Sources = sources };
        map.ReportUnknownKeys(Items.Grids.GridKeys.Grid);
        return grid;
    }

    private static GridAxis? ReadAxis(YamlMap map, string key)
    {
        var axis = map.Map(key);
        if (axis is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingRequiredField, map.Span, $"every grid needs '{key}': a label and its levels");
            return null;
        }

        var label = axis.String("label", required: true, owner: $"the '{key}' axis") ?? "";
        var levels = new List<(GridLevel Level, SourceSpan Span)>();
        foreach (var level in axis.MapList("levels"))
        {
            var id = DataItems.Id(level, "every level");
            var levelLabel = level.String("label", required: true, owner: "every level");
            level.ReportUnknownKeys(Items.Grids.GridKeys.Level);
            if (id is not null && levelLabel is not null)
            {
                levels.Add((new GridLevel(id, levelLabel), level.SpanOf("id")));
            }
        }

        axis.ReportUnknownKeys(key == "rows" ? Items.Grids.GridKeys.Rows : Items.Grids.GridKeys.Columns);
        if (levels.Count == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidGrid, axis.Span, $"the '{key}' axis needs at least one level");
            return null;
        }

        return new GridAxis(label, DataItems.Unique(levels, l => l.Level.Id, l => l.Span, "level", map.Diagnostics).Select(l => l.Level).ToList());
    }
}

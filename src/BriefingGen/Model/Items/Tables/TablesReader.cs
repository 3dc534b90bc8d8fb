using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>tables</c> data: benefit/risk tables (paired rows or two lists, with any extra columns) whose items have ids unique within their table.</summary>
public static class TablesReader
{
    public static List<BenefitRiskTable> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var tables = DataItems.MapsOfKind(files, "tables", diagnostics).Select(ReadTable).OfType<BenefitRiskTable>();
        return DataItems.Unique(tables, t => t.Id, t => t.Span, "table", diagnostics);
    }

    private static BenefitRiskTable? ReadTable(YamlMap map)
    {
        var id = DataItems.Id(map, "every table");
        var title = map.String("title", required: true, owner: "every table");
        var columns = ReadColumns(map);
        var rows = new List<BenefitRiskRow>();
        var itemSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var row in map.MapList("rows"))
        {
            var benefit = ReadItem(row.Map("benefit"), row, "benefit", id ?? "", isRisk: false, itemSpans, columns);
            var risk = ReadItem(row.Map("risk"), row, "risk", id ?? "", isRisk: true, itemSpans, columns);
            row.ReportUnknownKeys(Items.Tables.TableKeys.Row);
            if (benefit is not null || risk is not null)
            {
                rows.Add(new BenefitRiskRow(benefit, risk));
            }
        }

        var benefits = map.MapList("benefits").Select(b => ReadItem(b, b, "benefit", id ?? "", isRisk: false, itemSpans, columns)).OfType<TableItem>().ToList();
        var risks = map.MapList("risks").Select(r => ReadItem(r, r, "risk", id ?? "", isRisk: true, itemSpans, columns)).OfType<TableItem>().ToList();
        if (map.Has("rows") && (map.Has("benefits") || map.Has("risks")))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.KeySpanOf("rows"),
                "a table gives either 'rows' (each pairing a benefit with a risk) or 'benefits' and 'risks' as two lists, not both");
        }

        var table = new BenefitRiskTable(id ?? "", title ?? "", map.String("description"),
            map.String("benefits_label") ?? "Benefits", map.String("risks_label") ?? "Risks", rows, map.Span)
        {
            Sources = map.LocatedStringList("source"),
            Benefits = benefits,
            Risks = risks,
            Columns = columns,
        };
        map.ReportUnknownKeys(Items.Tables.TableKeys.Table);
        return id is null || title is null ? null : table;
    }

    private static List<TableColumn> ReadColumns(YamlMap map)
    {
        var columns = new List<TableColumn>();
        foreach (var entry in map.MapList("columns"))
        {
            var id = entry.LocatedString("id", required: true, owner: "every column");
            var label = entry.String("label", required: true, owner: "every column");
            entry.ReportUnknownKeys(Items.Tables.TableKeys.Column);
            if (id is null || label is null)
            {
                continue;
            }

            if (Items.Tables.TableKeys.Benefit.Knows(id.Value) || columns.Any(c => c.Id == id.Value))
            {
                map.Diagnostics.Error(DiagnosticCodes.DuplicateId, id.Span,
                    $"a table column may not be called '{id.Value}': an item already has that key");
                continue;
            }

            columns.Add(new TableColumn(id.Value, label));
        }

        return columns;
    }

    private static TableItem? ReadItem(YamlMap? item, YamlMap owner, string key, string tableId, bool isRisk,
        Dictionary<string, SourceSpan> seen, IReadOnlyList<TableColumn> columns)
    {
        if (item is null)
        {
            return null;
        }

        var id = DataItems.Id(item, $"every {key}");
        var text = item.String("text", required: true, owner: $"every {key}");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (item.String(column.Id) is { } value)
            {
                values[column.Id] = value;
            }
        }

        item.ReportUnknownKeys(isRisk ? Items.Tables.TableKeys.Risk : Items.Tables.TableKeys.Benefit, columns.Select(c => c.Id).ToList());
        if (id is null || text is null)
        {
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            owner.Diagnostics.Error(DiagnosticCodes.DuplicateId, item.SpanOf("id"), $"item id '{id}' is already used in this table at {first}");
            return null;
        }

        seen[id] = item.SpanOf("id");
        return new TableItem(tableId, id, text, isRisk) { Values = values };
    }
}

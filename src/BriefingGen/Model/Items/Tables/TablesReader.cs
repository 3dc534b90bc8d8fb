using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>tables</c> data: benefit/risk tables whose items have ids unique within their table.</summary>
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
        var rows = new List<BenefitRiskRow>();
        var itemSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var row in map.MapList("rows"))
        {
            var benefit = ReadItem(row, "benefit", id ?? "", isRisk: false, itemSpans);
            var risk = ReadItem(row, "risk", id ?? "", isRisk: true, itemSpans);
            row.ReportUnknownKeys(Items.Tables.TableKeys.Row);
            if (benefit is not null || risk is not null)
            {
                rows.Add(new BenefitRiskRow(benefit, risk));
            }
        }

        var table = new BenefitRiskTable(id ?? "", title ?? "", map.String("description"), map.String("source"),
            map.String("benefits_label") ?? "Benefits", map.String("risks_label") ?? "Risks", rows, map.Span) { SourceAt = map.SpanOf("source") };
        map.ReportUnknownKeys(Items.Tables.TableKeys.Table);
        return id is null || title is null ? null : table;
    }

    private static TableItem? ReadItem(YamlMap row, string key, string tableId, bool isRisk, Dictionary<string, SourceSpan> seen)
    {
        var item = row.Map(key);
        if (item is null)
        {
            return null;
        }

        var id = DataItems.Id(item, $"every {key}");
        var text = item.String("text", required: true, owner: $"every {key}");
        item.ReportUnknownKeys(isRisk ? Items.Tables.TableKeys.Risk : Items.Tables.TableKeys.Benefit);
        if (id is null || text is null)
        {
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            row.Diagnostics.Error(DiagnosticCodes.DuplicateId, item.SpanOf("id"), $"item id '{id}' is already used in this table at {first}");
            return null;
        }

        seen[id] = item.SpanOf("id");
        return new TableItem(tableId, id, text, isRisk);
    }
}

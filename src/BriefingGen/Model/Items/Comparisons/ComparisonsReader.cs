using BriefingGen.Diagnostics;
using BriefingGen.Parsing;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>comparisons</c> data: free side-by-side tables, one cell per column in each row.</summary>
public static class ComparisonsReader
{
    public static List<Comparison> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var comparisons = DataItems.MapsOfKind(files, "comparisons", diagnostics).Select(map =>
        {
            var id = DataItems.Id(map, "every comparison");
            var title = map.String("title", required: true, owner: "every comparison");
            var columns = map.StringList("columns");
            var rows = new List<ComparisonRow>();
            foreach (var row in map.MapList("rows"))
            {
                var label = row.String("label", required: true, owner: "every row");
                var cells = row.StringList("cells");
                row.ReportUnknownKeys(Items.Comparisons.ComparisonKeys.Row);
                if (cells.Count != columns.Count)
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidValue, row.SpanOf("cells"),
                        $"this row has {cells.Count} cells but the comparison has {columns.Count} columns");
                }
                else if (label is not null)
                {
                    rows.Add(new ComparisonRow(label, cells));
                }
            }

            var comparison = new Comparison(id ?? "", title ?? "", map.String("description"),
                map.String("row_label") ?? "", columns, rows, map.Span) { Sources = map.LocatedStringList("source") };
            map.ReportUnknownKeys(Items.Comparisons.ComparisonKeys.Comparison);
            return id is null || title is null ? null : comparison;
        }).OfType<Comparison>();
        return DataItems.Unique(comparisons, c => c.Id, c => c.Span, "comparison", diagnostics);
    }
}

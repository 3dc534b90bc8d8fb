using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Comparisons;

/// <summary>The keys of a comparison in <c>comparisons.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class ComparisonKeys
{
    public static MapShape Row { get; } = new("a comparison row", "A row: its label and one cell per column.",
    [
        new("label", ValueKind.Text, "The row's label.") { Required = true },
        new("cells", ValueKind.TextList, "One cell per column, in order."),
    ]);

    public static MapShape Comparison { get; } = new("a comparison", "A free side-by-side table.",
    [
        ItemKeys.Id("comparison"),
        new("title", ValueKind.Text, "The comparison's title.") { Required = true },
        new("description", ValueKind.Text, "A sentence or two shown with it."),
        ItemKeys.Source("comparison"),
        new("row_label", ValueKind.Text, "The heading of the row labels' column."),
        new("columns", ValueKind.TextList, "The column headings."),
        new("rows", ValueKind.MapList, "The rows.") { Entries = Row },
    ]);
}

using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Figures;

/// <summary>The keys of a figure in <c>figures.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class FigureKeys
{
    public static MapShape Series { get; } = new("a series", "A series of numbers, one per category.",
    [
        new("name", ValueKind.Text, "The series' name, in the legend.") { Required = true },
        new("values", ValueKind.NumberList, "One number per category, in order; null where there is none.") { Required = true },
    ]);

    public static MapShape Figure { get; } = new("a figure", "A chart of numbers: categories and series.",
    [
        ItemKeys.Id("figure"),
        new("title", ValueKind.Text, "The figure's title.") { Required = true },
        new("description", ValueKind.Text, "A sentence or two shown with it."),
        ItemKeys.Source("figure"),
        new("source_note", ValueKind.Text, "A note on the source, such as the table or page the numbers are from."),
        new("chart", ValueKind.Text, "How it is drawn: bar (horizontal bars, the default), column (vertical bars), grouped (columns with the series side by side), stacked (columns with the series stacked), stacked-bar (horizontal bars stacked) or line.")
        {
            Allowed = Model.ChartKinds.Names.Select(n => n.Name).ToList(),
        },
        new("axis_label", ValueKind.Text, "What the value axis measures, shown along it, such as 'Share of residents'."),
        new("unit", ValueKind.Text, "The unit of the values, such as '%'."),
        new("categories", ValueKind.TextList, "The categories (bars), in order.") { Required = true },
        new("series", ValueKind.MapList, "The series, each with one value per category.") { Required = true, Entries = Series },
    ]);
}

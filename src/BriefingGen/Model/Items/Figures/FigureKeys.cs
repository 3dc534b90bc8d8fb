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
        new("unit", ValueKind.Text, "The unit of the values, such as '%'."),
        new("categories", ValueKind.TextList, "The categories (bars), in order.") { Required = true },
        new("series", ValueKind.MapList, "The series, each with one value per category.") { Required = true, Entries = Series },
    ]);
}

using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Tables;

/// <summary>The keys of a benefit/risk table in <c>tables.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class TableKeys
{
    public static MapShape Benefit { get; } = Item("benefit");

    public static MapShape Risk { get; } = Item("risk");

    public static MapShape Row { get; } = new("a table row", "A row: a benefit, a risk, or both.",
    [
        new("benefit", ValueKind.Map, "The benefit in this row.") { Entries = Benefit },
        new("risk", ValueKind.Map, "The risk in this row.") { Entries = Risk },
    ]);

    public static MapShape Column { get; } = new("a table column", "An extra column of the table.",
    [
        new("id", ValueKind.Text, "The key items fill the column with, such as 'mitigation'.") { Required = true },
        new("label", ValueKind.Text, "The column's heading.") { Required = true },
    ]);

    public static MapShape Table { get; } = new("a table", "A table of benefits and risks that pages give evidence for.",
    [
        ItemKeys.Id("table"),
        new("title", ValueKind.Text, "The table's title.") { Required = true },
        new("description", ValueKind.Text, "A sentence or two shown with it."),
        ItemKeys.Source("table"),
        new("benefits_label", ValueKind.Text, "The heading of the benefits' column (default 'Benefits')."),
        new("risks_label", ValueKind.Text, "The heading of the risks' column (default 'Risks')."),
        new("rows", ValueKind.MapList, "Rows that pair a benefit with a risk; or give 'benefits' and 'risks' as two lists.") { Entries = Row },
        new("benefits", ValueKind.MapList, "The benefits, as a list of their own (instead of 'rows').") { Entries = Benefit },
        new("risks", ValueKind.MapList, "The risks, as a list of their own (instead of 'rows').") { Entries = Risk },
        new("columns", ValueKind.MapList, "Extra columns shown beside each item, such as a mitigation; an item fills one with a key of the column's id.") { Entries = Column },
    ]);
    private static MapShape Item(string word) => new($"a {word}", $"A {word}: evidence entries name it as 'table-id/item-id'; it may fill the table's extra columns by their ids.",
    [
        new("id", ValueKind.Text, $"The {word}'s id, unique in its table.") { Required = true },
        new("text", ValueKind.Text, $"The {word}, in a few words.") { Required = true },
    ]) { TakesDeclaredKeys = true };
}

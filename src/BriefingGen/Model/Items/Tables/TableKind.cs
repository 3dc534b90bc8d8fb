using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Tables;

/// <summary>The benefit/risk tables kind: <c>data/tables.yml</c>, embedded as <c>{{&lt; table ID &gt;}}</c> and given evidence from front matter, with an index and a page per table.</summary>
public static class TableKind
{
    public static DataKind<BenefitRiskTable> Kind { get; } = new("tables", "table")
    {
        Keys = TableKeys.Table,
        Reader = TablesReader.Read,
        EmbedWords = ["table"],
        EmbedOptions = ["evidence"],
        Url = GeneratedPages.TablesUrl,
        IndexPage = PageKind.TableIndex,
        IndexTitle = "Benefits and risks",
        ItemPage = PageKind.Table,
        LabelKey = "kind_table",
        TextsOf = t => t.Items.SelectMany(i => i.Values.Values.Prepend(i.Text)).Select(text => new ItemText(text, t.Span)).Prepend(new ItemText(t.Description, t.Span)),
        IsUsed = (t, uses) => uses.Embedded(new DataKey(Kind!, t.Id)) || t.Items.Any(i => uses.Links.Evidence.ContainsKey(i.Key)),
        UnusedMessage = t => $"no page embeds the table '{t.Id}' or gives evidence for its items",
    };
}

using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Comparisons;

/// <summary>The comparisons kind: <c>data/comparisons.yml</c>, embedded as <c>{{&lt; comparison ID &gt;}}</c>; no pages of its own.</summary>
public static class ComparisonKind
{
    public static DataKind<Comparison> Kind { get; } = new("comparisons", "comparison")
    {
        Keys = ComparisonKeys.Comparison,
        Reader = ComparisonsReader.Read,
        EmbedWords = ["comparison"],
        TextsOf = c => c.Rows.SelectMany(r => r.Cells.Prepend(r.Label)).Select(text => new ItemText(text, c.Span))
            .Prepend(new ItemText(c.Description, c.Span)),
        IsUsed = (c, uses) => uses.Embedded(new DataKey(Kind!, c.Id)),
        UnusedMessage = c => $"no page embeds the comparison '{c.Id}'; add {{{{< comparison {c.Id} >}}}} to a page",
    };
}

using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Figures;

/// <summary>The figures kind: <c>data/figures.yml</c>, embedded as <c>{{&lt; figure ID &gt;}}</c>, with an index and a page per figure.</summary>
public static class FigureKind
{
    public static DataKind<Figure> Kind { get; } = new("figures", "figure")
    {
        Keys = FigureKeys.Figure,
        Reader = FiguresReader.Read,
        EmbedWords = ["figure"],
        Url = GeneratedPages.FiguresUrl,
        IndexPage = PageKind.FigureIndex,
        IndexTitle = "Figures",
        ItemPage = PageKind.Figure,
        LabelKey = "kind_figure",
        TextsOf = f => [new ItemText(f.Description, f.Span)],
        IsUsed = (f, uses) => uses.Embedded(new DataKey(Kind!, f.Id)),
        UnusedMessage = f => $"no page embeds the figure '{f.Id}'; add {{{{< figure {f.Id} >}}}} to a page",
    };
}

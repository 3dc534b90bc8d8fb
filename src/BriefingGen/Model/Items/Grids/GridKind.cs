using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Grids;

/// <summary>The grids kind: <c>data/grids.yml</c>, embedded as <c>{{&lt; grid ID &gt;}}</c> and placed on from front matter, with an index and a page per grid.</summary>
public static class GridKind
{
    public static DataKind<Grid> Kind { get; } = new("grids", "grid")
    {
        Keys = GridKeys.Grid,
        Reader = GridsReader.Read,
        EmbedWords = ["grid"],
        EmbedOptions = ["cases"],
        Url = GeneratedPages.GridsUrl,
        IndexPage = PageKind.GridIndex,
        IndexTitle = "Grids",
        ItemPage = PageKind.Grid,
        LabelKey = "kind_grid",
        TextsOf = g => g.Cells.Select(c => new ItemText(c.Text, g.Span)).Prepend(new ItemText(g.Description, g.Span)),
        IsUsed = (g, uses) => uses.Links.Placements.ContainsKey(g.Id) || uses.Embedded(new DataKey(Kind!, g.Id)),
        UnusedMessage = g => $"no page is placed on or embeds the grid '{g.Id}'",
    };
}

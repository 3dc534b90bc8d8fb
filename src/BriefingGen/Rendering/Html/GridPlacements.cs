using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// The pages placed on one grid, grouped by cell once a build (<see cref="SharedRenders"/>): each case study's mini
/// grid shows a few of them per cell, and grouping the grid's every placement for each page made the render pass
/// grow with the square of the site (at 10,000 case studies on one grid, a third of its time).
/// </summary>
internal sealed class GridPlacements
{
    private readonly Dictionary<(string Row, string Column), List<Placement>> _byCell = [];

    // Each page's placements on the grid, in order, with their place in their cell's list.
    private readonly Dictionary<string, List<(Placement Placement, int Index)>> _byPage = new(StringComparer.Ordinal);

    public GridPlacements(IReadOnlyList<Placement> placed)
    {
        foreach (var placement in placed)
        {
            var cell = (placement.Row, placement.Column);
            if (!_byCell.TryGetValue(cell, out var list))
            {
                _byCell[cell] = list = [];
            }

            if (!_byPage.TryGetValue(placement.PageUrl, out var own))
            {
                _byPage[placement.PageUrl] = own = [];
            }

            own.Add((placement, list.Count));
            list.Add(placement);
        }
    }

    /// <summary>Each cell's placements, in the grid's order.</summary>
    public IReadOnlyDictionary<(string Row, string Column), List<Placement>> ByCell => _byCell;

    /// <summary>
    /// Each cell's placements of <paramref name="pageUrl"/> and the first <paramref name="others"/> of other pages, in the
    /// grid's order: what a page's mini grid shows.
    /// </summary>
    public Dictionary<(string Row, string Column), List<Placement>> Around(string pageUrl, int others)
    {
        var own = _byPage.GetValueOrDefault(pageUrl);
        var shown = new Dictionary<(string, string), List<Placement>>();
        foreach (var (cell, list) in _byCell)
        {
            var chosen = new List<Placement>();
            var (i, counted) = (0, 0);
            for (; i < list.Count && counted < others; i++)
            {
                counted += list[i].PageUrl == pageUrl ? 0 : 1;
                chosen.Add(list[i]);
            }

            // The page's own placements further down the cell, after the others shown.
            foreach (var (placement, index) in own ?? [])
            {
                if (index >= i && (placement.Row, placement.Column) == cell)
                {
                    chosen.Add(placement);
                }
            }

            shown[cell] = chosen;
        }

        return shown;
    }
}

using AngleSharp.Html.Parser;
using BriefingGen.Parsing;
using BriefingGen.Rendering;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Hardening;

/// <summary>The HTML of data items escapes every value it writes into an attribute, ids made from data ids included, whatever the readers let through.</summary>
public sealed class ItemHtmlEscapingTests
{
    [Fact]
    public void A_grid_cell_id_is_escaped_in_its_attribute()
    {
        using var site = TestSite.With("""
            -- content/data/grids.yml --
            - id: g
              name: G
              rows: { label: R, levels: [{ id: a, label: A }] }
              columns: { label: C, levels: [{ id: x, label: X }] }
              cells:
                - { row: a, column: x, text: t }
            -- content/notes.md --
            ---
            title: Notes
            ---
            {{< grid g >}}
            """);
        var (model, renderer, _) = SiteBuilder.LoadRenderer(new BuildOptions { Source = site.Root });
        var grid = model.Briefing.FindGrid("g")!;
        const string hostile = "a\"><x-probe onclick=\"alert(1)";
        var changed = grid with
        {
            Rows = grid.Rows with { Levels = [new BriefingGen.Model.GridLevel(hostile, "A")] },
            Cells = [grid.Cells[0] with { Row = hostile }],
        };
        var html = renderer.WithContext(model.Pages[0], context => ItemHtml.Grid(changed, context, showPlacements: false, marked: null));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("x-probe"));
        Assert.Equal("cell-" + hostile + "-x", document.QuerySelector("tbody td")!.Id);
    }
}

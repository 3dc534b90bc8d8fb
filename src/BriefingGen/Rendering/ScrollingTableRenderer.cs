using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace BriefingGen.Rendering;

/// <summary>
/// A Markdown table as Markdig writes it, in the box the theme's tables scroll in (<c>.table-wrap</c>): a table
/// wider than a phone scrolls sideways on its own instead of widening the page or squeezing its words.
/// </summary>
public sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine().WriteLine("<div class=\"table-wrap\">");
        base.Write(renderer, table);
        renderer.EnsureLine().WriteLine("</div>");
    }
}

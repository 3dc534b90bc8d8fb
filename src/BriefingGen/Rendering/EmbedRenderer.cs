using BriefingGen.Parsing.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Rendering;

/// <summary>Renders <c>{{&lt; kind id &gt;}}</c> as the data item's HTML, drawn by its <c>items/</c> template.</summary>
public sealed class EmbedRenderer : HtmlObjectRenderer<EmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, EmbedBlock embed)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        renderer.EnsureLine();
        renderer.Write(ItemKinds.Embed(embed, context));
        renderer.EnsureLine();
    }
}

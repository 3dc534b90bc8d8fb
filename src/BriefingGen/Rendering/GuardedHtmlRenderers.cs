using BriefingGen.Parsing.Links;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Rendering;

/// <summary>Raw HTML in content (allowed by <c>markdown.unsafe_html</c>) as Markdig writes it, except a tag with a refused address, which is shown as text.</summary>
public sealed class GuardedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline html)
    {
        if (!renderer.EnableHtmlForInline || UnsafeLinkFinder.InHtml(html.Tag, out _))
        {
            renderer.WriteEscape(html.Tag);
        }
        else
        {
            renderer.Write(html.Tag);
        }
    }
}

/// <summary>A block of raw HTML as Markdig writes it, except one with a refused address, which is shown as text.</summary>
public sealed class GuardedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock html)
    {
        renderer.WriteLeafRawLines(html, true, !renderer.EnableHtmlForBlock || UnsafeLinkFinder.InHtml(html.Lines.ToString(), out _));
    }
}

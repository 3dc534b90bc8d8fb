using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// Markdig's heading and footnote renderers, writing every id with the render context's <see cref="RenderContext.IdPrefix"/>:
/// a pack holds several papers in one HTML file, and each paper's "overview" heading or first footnote needs an id of its own.
/// </summary>
internal static class PrefixedIdRenderers
{
    public static void Replace(ObjectRendererCollection renderers)
    {
        renderers.Replace<HeadingRenderer>(new PrefixedHeadingRenderer());
        renderers.Replace<HtmlFootnoteGroupRenderer>(new PrefixedFootnoteGroupRenderer());
        renderers.Replace<HtmlFootnoteLinkRenderer>(new PrefixedFootnoteLinkRenderer());
    }

    private static string Prefix(HtmlRenderer renderer) => ((BriefingHtmlRenderer)renderer).Context.IdPrefix;

    private sealed class PrefixedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
            if (renderer.EnableHtmlForBlock)
            {
                // The parsed page is shared with its web page: the prefixed id goes on a copy of its attributes.
                var attributes = new HtmlAttributes();
                heading.TryGetAttributes()?.CopyTo(attributes);
                if (attributes.Id is not null)
                {
                    attributes.Id = Prefix(renderer) + attributes.Id;
                }

                renderer.Write("<").Write(tag).WriteAttributes(attributes).Write(">");
            }

            renderer.WriteLeafInline(heading);
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("</").Write(tag).WriteLine(">");
            }

            renderer.EnsureLine();
        }
    }

    private sealed class PrefixedFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
        {
            var prefix = Prefix(renderer);
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"footnotes\">");
            renderer.WriteLine("<hr />");
            renderer.WriteLine("<ol>");
            foreach (var footnote in footnotes.OfType<Footnote>())
            {
                renderer.Write("<li id=\"").WriteEscape(prefix).Write("fn:").Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
                renderer.WriteChildren(footnote);
                renderer.WriteLine("</li>");
            }

            renderer.WriteLine("</ol>");
            renderer.WriteLine("</div>");
        }
    }

    private sealed class PrefixedFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            var prefix = Prefix(renderer);
            var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
            var index = link.Index.ToString(CultureInfo.InvariantCulture);
            if (link.IsBackLink)
            {
                renderer.Write("<a href=\"#").WriteEscape(prefix).Write("fnref:").Write(index).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            }
            else
            {
                renderer.Write("<a id=\"").WriteEscape(prefix).Write("fnref:").Write(index).Write("\" href=\"#").WriteEscape(prefix).Write("fn:").Write(order)
                    .Write("\" class=\"footnote-ref\"><sup>").Write(order).Write("</sup></a>");
            }
        }
    }
}

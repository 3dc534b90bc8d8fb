using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Rendering.Images;

/// <summary>Markdig's paragraph renderer, but a paragraph that is only a titled image is written as a figure, not inside a <c>&lt;p&gt;</c>.</summary>
public sealed class FigureParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (renderer.EnableHtmlForBlock && !renderer.ImplicitParagraph && ((BriefingHtmlRenderer)renderer).Context.HasTemplates &&
            ImageRenderer.FigureOf(paragraph) is { } image)
        {
            renderer.EnsureLine();
            ImageRenderer.WriteImage((BriefingHtmlRenderer)renderer, image, figure: true);
            renderer.EnsureLine();
            return;
        }

        base.Write(renderer, paragraph);
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scriban.Runtime;

namespace BriefingGen.Rendering.Images;

/// <summary>
/// Markdig's link renderer, with images drawn by <c>items/image.html</c>: their source as it works from this page,
/// their size read from the file, lazy loading on the web, and a figure with a caption when the image has a title and
/// a paragraph of its own (<c>![Turnout by year](turnout.png "Turnout, 2010-2020")</c>).
/// </summary>
public sealed class ImageRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // Outside a page's render (no theme), an image is written as Markdig writes it.
        if (!link.IsImage || !renderer.EnableHtmlForInline || !((BriefingHtmlRenderer)renderer).Context.HasTemplates)
        {
            base.Write(renderer, link);
            return;
        }

        WriteImage((BriefingHtmlRenderer)renderer, link, figure: false);
    }

    /// <summary>The image alone in <paramref name="paragraph"/> when it has a title, which makes it a figure; else null.</summary>
    public static LinkInline? FigureOf(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } found when image is null:
                    image = found;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return string.IsNullOrWhiteSpace(image?.Title) ? null : image;
    }

    /// <summary>Writes an image (or, with <paramref name="figure"/>, a figure with its title as caption) through the theme's template.</summary>
    internal static void WriteImage(BriefingHtmlRenderer renderer, LinkInline link, bool figure)
    {
        var context = renderer.Context;
        var size = context.TargetFile(link.Url ?? "") is { } file ? context.Images.Of(file) : null;
        var model = new ScriptObject(7)
        {
            ["src"] = MarkdownHref.Encoded(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", context),
            ["alt"] = AltText(link),
            ["title"] = string.IsNullOrWhiteSpace(link.Title) ? null : link.Title,
            ["width"] = size?.Width,
            ["height"] = size?.Height,
            // Print editions load every image before printing; a lazy one below the first sheet could be left out.
            ["lazy"] = !context.Page.IsPrint,
            ["figure"] = figure,
        };
        renderer.WriteTemplate("items/image.html", model);
    }

    // The alt text is the image's words without their markup, as Markdig writes it.
    private static string AltText(LinkInline link)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in link.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}

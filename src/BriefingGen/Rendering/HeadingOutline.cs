using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Rendering;

/// <summary>The "on this page" list: a page's level 2 and 3 headings with their anchors.</summary>
public static class HeadingOutline
{
    /// <summary>Headings worth a contents list: only when a page has at least <paramref name="minimum"/> of level 2.</summary>
    public static IReadOnlyList<(int Level, string Id, string Text)> Headings(MarkdownDocument? document, int minimum = 3)
    {
        if (document is null)
        {
            return [];
        }

        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => (h.Level, h.GetAttributes().Id!, PlainText(h.Inline)))
            .ToList();
        return headings.Count(h => h.Level == 2) >= minimum ? headings : [];
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants() ?? [])
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case Parsing.Syntax.TermLinkInline term:
                    text.Append(term.Label ?? term.Target);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}

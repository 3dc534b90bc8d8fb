using System.Text;
using BriefingGen.Parsing.Syntax;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Rendering;

/// <summary>
/// A short Markdown text as plain words, for where markup cannot go (a page's description in its meta tags, feeds and
/// lists): emphasis and links give their words, a term link the words it shows, a citation its author-year text.
/// </summary>
public static class InlinePlainText
{
    public static string? Of(string? text, RenderContext context)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("[@*_`<&\\") < 0)
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        foreach (var node in Markdown.Parse(text, context.Pipeline).Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    plain.Append(literal.Content);
                    break;
                case CodeInline code:
                    plain.Append(code.Content);
                    break;
                case LineBreakInline:
                    plain.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    plain.Append(entity.Transcoded);
                    break;
                case TermLinkInline link:
                    plain.Append(TermLinkRenderer.ShownText(link, context.FindTerm(link.Target)));
                    break;
                case CitationInline citation:
                    AppendCitation(plain, citation, context);
                    break;
                case ParagraphBlock when plain.Length > 0:
                    plain.Append(' ');
                    break;
            }
        }

        return plain.ToString().Trim();
    }

    private static void AppendCitation(StringBuilder plain, CitationInline citation, RenderContext context)
    {
        var works = citation.Items.Select(item => context.FindReference(item.Key) is { } reference
            ? (item.Prefix.Length > 0 ? item.Prefix + " " : "") + CitationFormatter.Cited(reference, item, citation.Parenthetical, context.Text)
            : "@" + item.Key);
        plain.Append(citation.Parenthetical ? "(" + string.Join("; ", works) + ")" : string.Join("; ", works));
    }
}

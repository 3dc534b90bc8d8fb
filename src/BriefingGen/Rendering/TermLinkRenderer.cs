using BriefingGen.Parsing.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// Renders <c>[[term]]</c> through <c>items/term-link.html</c>: a link to the term's entry with its explanation as a
/// tooltip that hover, focus and screen readers reach. A link to no known term (an error when the page is checked) is its words.
/// </summary>
public sealed class TermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        var term = context.FindTerm(link.Target);
        if (term is null)
        {
            renderer.WriteEscape(link.Label ?? link.Target);
            return;
        }

        var model = new ScriptObject(4)
        {
            ["term"] = term,
            ["link"] = MarkdownHref.Encoded(context.TermLink(term), context),
            ["text"] = ShownText(link, term),
            ["tip_id"] = context.NextTooltipId(),
        };
        ((BriefingHtmlRenderer)renderer).WriteTemplate("items/term-link.html", model);
    }

    /// <summary>The words a term link shows: its label, or the term's words as the editor wrote them.</summary>
    public static string ShownText(TermLinkInline link, Model.Term? term) =>
        link.Label ?? (term is null ? link.Target : NameInText(link.Target, term));

    // [[habitus]] shows the words as written (a name or an alias). [[community-energy]], an id, shows the name's words
    // in the case the editor wrote them ("community energy" mid-sentence, not "Community energy"); an id unlike the
    // name ([[pb]] for "Participatory budgeting") shows the name.
    private static string NameInText(string target, Model.Term term)
    {
        if (!string.Equals(target, term.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(target, term.Name, StringComparison.OrdinalIgnoreCase))
        {
            return target;
        }

        var name = term.Name;
        if (name.Length != target.Length)
        {
            return name;
        }

        var shown = new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            if (char.ToLowerInvariant(name[i]) == char.ToLowerInvariant(target[i]))
            {
                shown[i] = target[i];
            }
            else if (target[i] == '-' && !char.IsLetterOrDigit(name[i]))
            {
                shown[i] = name[i];
            }
            else
            {
                return name;
            }
        }

        return new string(shown);
    }
}

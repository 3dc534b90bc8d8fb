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
            ["text"] = link.Label ?? NameInText(link.Target, term),
            ["tip_id"] = context.NextTooltipId(),
        };
        ((BriefingHtmlRenderer)renderer).WriteTemplate("items/term-link.html", model);
    }

    // [[habitus]] shows the word as written (a name or an alias); [[core-economy]], an id, shows the term's name.
    private static string NameInText(string target, Model.Term term) =>
        string.Equals(target, term.Id, StringComparison.OrdinalIgnoreCase) && !string.Equals(target, term.Name, StringComparison.OrdinalIgnoreCase)
            ? term.Name
            : target;
}

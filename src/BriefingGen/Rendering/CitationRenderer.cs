using BriefingGen.Parsing.Syntax;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>Renders pandoc citations through <c>items/citation.html</c>: author-year text, each work linked to its bibliography entry.</summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        var items = new List<CitedWorkModel>(citation.Items.Count);
        foreach (var item in citation.Items)
        {
            var reference = context.FindReference(item.Key);
            var text = reference is null ? null : CitationFormatter.Cited(reference, item, citation.Parenthetical, context.Text);
            var link = reference is null ? null : MarkdownHref.Encoded(context.ReferenceLink(reference.Id), context);
            items.Add(new CitedWorkModel(item.Key, reference, item.Prefix, item.Locator, item.SuppressAuthor, link, text));
        }

        var model = new ScriptObject(2) { ["parenthetical"] = citation.Parenthetical, ["items"] = items };
        ((BriefingHtmlRenderer)renderer).WriteTemplate("items/citation.html", model);
    }
}

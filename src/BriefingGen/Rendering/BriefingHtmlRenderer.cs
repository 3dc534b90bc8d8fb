using BriefingGen.Urls;
using BriefingGen.Parsing.Links;
using BriefingGen.Parsing.Syntax;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingGen.Rendering;

/// <summary>Markdig's HTML renderer, with the page's context and the renderers of term links, citations and embeds.</summary>
public sealed class BriefingHtmlRenderer : HtmlRenderer
{
    public BriefingHtmlRenderer(TextWriter writer, RenderContext context) : base(writer)
    {
        Context = context;
        context.Pipeline.Setup(this);
        ObjectRenderers.Insert(0, new TermLinkRenderer());
        ObjectRenderers.Insert(0, new CitationRenderer());
        ObjectRenderers.Insert(0, new EmbedRenderer());
        ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new GuardedHtmlInlineRenderer());
        ObjectRenderers.Replace<HtmlBlockRenderer>(new GuardedHtmlBlockRenderer());
        LinkRewriter = url => SafeUrl(url, context);
    }

    // Every href and src Markdig writes passes here: a refused address is reported when the text is parsed, and is
    // never written even if a text somehow escaped that check. Addresses are written in NFC, as the site's paths are.
    private static string SafeUrl(string url, RenderContext context)
    {
        var rewritten = Model.SitePath.Normalised(context.RewriteUrl(url));
        return UnsafeUrl.IsUnsafe(url, out _) || UnsafeUrl.IsUnsafe(rewritten, out _) ? "#" : rewritten;
    }

    public RenderContext Context { get; }

    /// <summary>Renders a page body to HTML.</summary>
    public static string RenderBody(MarkdownDocument document, RenderContext context) => Rendered(document, context, implicitParagraph: false);

    /// <summary>Renders a short Markdown text from data (a cell, an explanation) as inline HTML, without a wrapping paragraph.</summary>
    public static string RenderInline(string? text, RenderContext context)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Texts without links, term links, citations or HTML render the same on every page: render each once per build.
        if (text.AsSpan().IndexOfAny("[@<`&:") < 0)
        {
            return context.Shared.PlainTexts.GetOrAdd(text, static (value, ctx) => Render(value, ctx), context);
        }

        return Render(text, context);
    }

    private static string Render(string text, RenderContext context)
    {
        var document = Markdown.Parse(text, context.Pipeline);
        return Rendered(document, context, implicitParagraph: document.Count == 1).Trim();
    }

    private static string Rendered(MarkdownDocument document, RenderContext context, bool implicitParagraph)
    {
        var buffer = TextBuffers.Rent();
        try
        {
            using var writer = new StringWriter(buffer);
            new BriefingHtmlRenderer(writer, context) { ImplicitParagraph = implicitParagraph }.Render(document);
            return buffer.ToString();
        }
        finally
        {
            TextBuffers.Return(buffer);
        }
    }
}

/// <summary>Renders <c>[[term]]</c>: a link to the term's entry with its explanation as a tooltip that hover, focus and screen readers reach.</summary>
public sealed class TermLinkRenderer : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        var term = context.Site.Briefing.FindTerm(link.Target);
        var label = link.Label ?? link.Target;
        if (term is null)
        {
            renderer.WriteEscape(label);
            return;
        }

        var tip = context.NextTooltipId();
        renderer.Write("<span class=\"term\"><a class=\"term-link\" href=\"").WriteEscapeUrl(context.TermLink(term))
            .Write("\" aria-describedby=\"").Write(tip).Write("\">").WriteEscape(link.Label ?? NameInText(link.Target, term))
            .Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tip).Write("\">")
            .WriteEscape(term.Explanation).Write("</span></span>");
    }

    // [[habitus]] shows the word as written (a name or an alias); [[core-economy]], an id, shows the term's name.
    private static string NameInText(string target, Model.Term term) =>
        string.Equals(target, term.Id, StringComparison.OrdinalIgnoreCase) && !string.Equals(target, term.Name, StringComparison.OrdinalIgnoreCase)
            ? term.Name
            : target;
}

/// <summary>Renders pandoc citations as author-year text linked to the bibliography.</summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        if (citation.Parenthetical)
        {
            renderer.Write("<span class=\"citation\">(");
        }

        for (var i = 0; i < citation.Items.Count; i++)
        {
            var item = citation.Items[i];
            if (i > 0)
            {
                renderer.Write("; ");
            }

            var reference = context.Site.Briefing.FindReference(item.Key);
            if (reference is null)
            {
                renderer.WriteEscape("@" + item.Key);
                continue;
            }

            if (item.Prefix.Length > 0)
            {
                renderer.WriteEscape(item.Prefix).Write(' ');
            }

            var text = citation.Parenthetical
                ? CitationFormatter.Parenthetical(reference, item.SuppressAuthor, item.Locator)
                : CitationFormatter.Narrative(reference, item.Locator);
            renderer.Write("<a class=\"cite\" href=\"").WriteEscapeUrl(context.ReferenceLink(reference.Id)).Write("\">")
                .WriteEscape(text).Write("</a>");
        }

        if (citation.Parenthetical)
        {
            renderer.Write(")</span>");
        }
    }
}

/// <summary>Renders <c>{{&lt; kind id &gt;}}</c> as the data item's HTML.</summary>
public sealed class EmbedRenderer : HtmlObjectRenderer<EmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, EmbedBlock embed)
    {
        var context = ((BriefingHtmlRenderer)renderer).Context;
        renderer.EnsureLine();
        renderer.Write(ItemHtml.Embed(embed.Kind, embed.Id, context));
        renderer.EnsureLine();
    }
}

using BriefingGen.Urls;
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
        ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollingTableRenderer());
        ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new Images.ImageRenderer());
        ObjectRenderers.Replace<ParagraphRenderer>(new Images.FigureParagraphRenderer());
        if (context.IdPrefix.Length > 0)
        {
            PrefixedIdRenderers.Replace(ObjectRenderers);
        }

        LinkRewriter = url => SafeUrl(context.LocalLink(url), context);
    }

    // Every href and src Markdig writes passes here, as do the hrefs of term links and citations (MarkdownHref): a
    // refused address is reported when the text is parsed, and is never written even if a text somehow escaped that
    // check. Addresses are written in NFC, as the site's paths are.
    internal static string SafeUrl(string url, RenderContext context)
    {
        var rewritten = Model.SitePath.Normalised(context.MarkdownUrl(url));
        return UnsafeUrl.IsUnsafe(url, out _) || UnsafeUrl.IsUnsafe(rewritten, out _) ? "#" : rewritten;
    }

    public RenderContext Context { get; }

    /// <summary>Writes an inline theme template (a term link, a citation) in place in the output.</summary>
    internal void WriteTemplate(string name, Scriban.Runtime.ScriptObject model)
    {
        // Markdig's indent and line state, as writing the markup through Write would leave them.
        Write(string.Empty);
        if (Writer is StringWriter writer)
        {
            Context.Templates.RenderInline(name, model, writer.GetStringBuilder());
        }
        else
        {
            Write(Context.Templates.RenderInline(name, model).Value);
        }
    }

    /// <summary>Renders a page body to HTML.</summary>
    public static string RenderBody(MarkdownDocument document, RenderContext context) => Rendered(document, context, implicitParagraph: false);

    /// <summary>
    /// Renders a page body into <paramref name="buffer"/>, which the caller holds until the page is written: the body is
    /// then appended to the page from there rather than copied to a string first.
    /// </summary>
    internal static RawHtml RenderBody(MarkdownDocument document, RenderContext context, System.Text.StringBuilder buffer)
    {
        using var writer = new StringWriter(buffer);
        new BriefingHtmlRenderer(writer, context) { ImplicitParagraph = false }.Render(document);
        return new RawHtml(buffer);
    }

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

    /// <summary>
    /// As <see cref="RenderInline(string?, RenderContext)"/>, for a text written in the data file <paramref name="dataFile"/>:
    /// its relative links start from the data file's place, whichever page shows it.
    /// </summary>
    public static string RenderInline(string? text, string dataFile, RenderContext context) =>
        text is null || !text.Contains("](", StringComparison.Ordinal)
            ? RenderInline(text, context)
            : context.FromDataFile(dataFile, () => Render(text, context));

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

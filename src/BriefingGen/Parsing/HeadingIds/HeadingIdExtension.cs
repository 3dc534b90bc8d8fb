using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Parsing.HeadingIds;

/// <summary>
/// Gives every heading an id from its text, as Markdig's auto-identifiers with GitHub's rules do (the same ids, byte
/// for byte), with duplicates numbered through <see cref="HeadingIdSet"/> in linear rather than quadratic time.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object IdsKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings start as paragraphs, so both parsers are watched, as Markdig's extension does.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }

        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += GiveId;
        }
    }

    // After the heading's inlines are parsed: its id comes from their text without links or markup.
    private static void GiveId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Document.GetData(IdsKey) is not HeadingIdSet ids)
        {
            ids = new HeadingIdSet();
            processor.Document.SetData(IdsKey, ids);
        }

        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        // A renderer is made of tens of object renderers: one a thread, reused, rather than one a heading (as Markdig's own extension keeps one).
        var renderer = _textRenderer ??= new HtmlRenderer(new StringWriter()) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        var text = ((StringWriter)renderer.Writer).GetStringBuilder();
        string baseId;
        try
        {
            renderer.Render(heading.Inline);
            baseId = LinkHelper.UrilizeAsGfm(text.ToString());
            renderer.EnsureLine(); // leaves it at the start of a line, as a new renderer is
        }
        finally
        {
            text.Clear();
        }
        attributes.Id = ids.Claim(string.IsNullOrEmpty(baseId) ? "section" : baseId);
    }

    [ThreadStatic]
    private static HtmlRenderer? _textRenderer;
}

/// <summary>Adds <see cref="HeadingIdExtension"/> to a pipeline.</summary>
public static class HeadingIdPipelineExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}

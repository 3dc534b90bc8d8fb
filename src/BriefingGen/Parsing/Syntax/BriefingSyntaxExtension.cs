using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace BriefingGen.Parsing.Syntax;

/// <summary>Registers the briefing syntax with Markdig: term links, citations and embeds. Their HTML renderers belong to the rendering stage.</summary>
public sealed class BriefingSyntaxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TermLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TermLinkParser());
        }

        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }

        if (!pipeline.BlockParsers.Contains<EmbedBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new EmbedBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>Adds <see cref="BriefingSyntaxExtension"/> to a pipeline.</summary>
public static class BriefingSyntaxPipelineExtensions
{
    public static MarkdownPipelineBuilder UseBriefingSyntax(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<BriefingSyntaxExtension>();
        return pipeline;
    }
}

using Markdig;
using BriefingGen.Parsing.Syntax;
using BriefingGen.Parsing.HeadingIds;

namespace BriefingGen.Parsing;

/// <summary>Builds the one Markdig pipeline a build uses: the extensions editors expect, raw HTML off unless the site opts in.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool unsafeHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseHeadingIds()
            .UseSmartyPants()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseBriefingSyntax()
            .UsePreciseSourceLocation();
        if (!unsafeHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}

using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing.Links;
using BriefingGen.Yaml;
using Markdig;

namespace BriefingGen.Parsing;

/// <summary>
/// Parses one page: front matter (with lines counted from the top of the file) and Markdown body. A page whose parse
/// fails in any way is reported at its file and makes no page; it never stops the build.
/// </summary>
public static class PageParser
{
    public static ParsedPage? Parse(SourceFile file, MarkdownPipeline pipeline, DiagnosticBag diagnostics, int maxLineLength = Config.Limits.DefaultMaxLineLength)
    {
        try
        {
            return ParseWithin(file, pipeline, diagnostics, maxLineLength);
        }
        catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException)
        {
            // The page's half-built tree is garbage once this returns, so the rest of the build can go on.
            diagnostics.Error(DiagnosticCodes.PageTooLarge, SourceSpan.File(file.Path), TooLarge.Message(e, "read"));
            return null;
        }
        catch (Exception e)
        {
            // A bug met by one page is reported at that page, and the rest of the site is still built (a full build and serve alike).
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(file.Path),
                $"internal error while reading this page: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    private static ParsedPage? ParseWithin(SourceFile file, MarkdownPipeline pipeline, DiagnosticBag diagnostics, int maxLineLength)
    {
        var parts = FrontMatterSplitter.Split(file.Text, file.Path, diagnostics);
        if (parts is null)
        {
            return null;
        }

        var yaml = YamlText.Parse(parts.Yaml, file.Path, parts.YamlLineOffset, diagnostics);
        if (yaml is null)
        {
            return null;
        }

        UnsafeLinkCheck.InYaml(yaml, parts.Yaml, file.Path, parts.YamlLineOffset, pipeline, diagnostics);
        var map = YamlMap.From(yaml, file.Path, parts.YamlLineOffset, diagnostics, "front matter", parts.Yaml);
        if (map is null)
        {
            return null;
        }

        var frontMatter = FrontMatterReader.Read(map);
        if (frontMatter is null)
        {
            return null;
        }

        if (!MarkdownLimits.Check(parts.Body, file.Path, parts.BodyLineOffset, maxLineLength, diagnostics))
        {
            return null;
        }

        try
        {
            var body = Markdown.Parse(parts.Body, pipeline);
            UnsafeLinkCheck.InBody(body, file.Path, parts.BodyLineOffset, diagnostics);
            return MarkdownDepth.Check(body, file.Path, parts.BodyLineOffset, diagnostics) ? new ParsedPage(file, frontMatter, body, parts.BodyLineOffset) : null;
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, SourceSpan.File(file.Path),
                "the Markdown is nested too deeply for its parser (brackets, emphasis or lists inside each other)");
            return null;
        }

    }
}

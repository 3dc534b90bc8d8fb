using BriefingGen.Diagnostics;
using BriefingGen.Yaml;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Parsing.Links;

/// <summary>
/// Reports every refused link (BG0311) in the texts of content, at its line and column: in a page body, and in every
/// text value of a YAML document (front matter, data files, the config), each read as the Markdown it may be shown as.
/// </summary>
public static class UnsafeLinkCheck
{
    public static void InBody(MarkdownDocument body, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var link in UnsafeLinkFinder.Find(body))
        {
            Report(new SourceSpan(path, lineOffset + link.Line + 1, link.Column + 1), link.Scheme, diagnostics);
        }
    }

    /// <summary>
    /// Checks every text value of a YAML tree (each distinct node once, so aliases cost nothing), whatever its key:
    /// a text that no page shows as Markdown today may be shown tomorrow, and a link there has no use.
    /// </summary>
    /// <param name="yaml">The text the tree was parsed from; <paramref name="lineOffset"/> as given to <see cref="YamlText.Parse"/>.</param>
    public static void InYaml(YamlNode root, string yaml, string path, int lineOffset, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var checkedTexts = new HashSet<YamlScalarNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in YamlNodes.Distinct(root))
        {
            var values = node switch
            {
                YamlMappingNode mapping => (IEnumerable<YamlNode>)mapping.Children.Values,
                YamlSequenceNode sequence => sequence.Children,
                _ => ReferenceEquals(node, root) ? [node] : (IEnumerable<YamlNode>)[],
            };
            foreach (var value in values)
            {
                if (value is YamlScalarNode { Value: { } text } scalar && MayHoldLink(text) && checkedTexts.Add(scalar))
                {
                    InText(scalar, text, yaml, path, lineOffset, pipeline, diagnostics);
                }
            }
        }
    }

    /// <summary>Checks the texts of a YAML file that was read (and its problems reported) elsewhere: the config.</summary>
    public static void InYamlFile(string yaml, string path, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (YamlText.Parse(yaml, path, 0, new DiagnosticBag()) is { } root)
        {
            InYaml(root, yaml, path, 0, pipeline, diagnostics);
        }
    }

    // Markdown makes a link only from '[' (links, images, references) or '<' (autolinks, HTML), and a scheme needs a
    // ':', written as it is or as an entity ('&#58;', '&colon;'); a backslash escape keeps the ':' itself. A text
    // without both cannot hold a refused link, so it is not parsed.
    private static bool MayHoldLink(string text) =>
        text.AsSpan().IndexOfAny('[', '<') >= 0 && text.AsSpan().IndexOfAny(':', '&') >= 0;

    private static void InText(YamlScalarNode scalar, string text, string yaml, string path, int lineOffset, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var from = (int)scalar.Start.Index;
        foreach (var link in UnsafeLinkFinder.Find(Markdown.Parse(text, pipeline)).OrderBy(l => l.Offset))
        {
            Report(ScalarPlace.Of(scalar, text, link.Offset, yaml, path, lineOffset, ref from), link.Scheme, diagnostics);
        }
    }

    private static void Report(SourceSpan at, string scheme, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnsafeUrl, at,
            $"a {scheme}: link runs code or hides a document in every reader's browser, so it is not allowed in content; link to a page or an http(s) address");
}

using BriefingGen.Diagnostics;
using BriefingGen.Model.Items;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model;

/// <summary>
/// The links written in the data files' Markdown texts (a term's explanation, a grid cell, a table item, a timeline
/// event...), resolved once against the data file's place as a page's links are against its Markdown file's, and each
/// broken one (or an image without alt text) reported at its line and column in the YAML. Every text of a data kind's file is read, whatever key holds
/// it, so that a kind's new texts need no list here.
/// </summary>
public static class DataTextLinks
{
    public static IReadOnlyList<SourceLink> Check(IReadOnlyList<ParsedDataFile> files, MarkdownLinkResolver links, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var found = new List<SourceLink>();
        foreach (var file in files.Where(HasMarkdownTexts))
        {
            var place = ContentLinks.PlaceOfDataFile(file.Path);
            foreach (var text in Texts(file.Root, file.Path))
            {
                foreach (var link in Markdown.Parse(text.Value, pipeline).Descendants<LinkInline>().Where(l => l.Url is not null))
                {
                    var span = text.TextOffset is { } offset && link.Line == 0 ? text.Span.ShiftColumns(offset + link.Column) : text.Span;
                    if (link.IsImage && !ReferenceResolver.HasAltText(link))
                    {
                        diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, span,
                            $"the image '{link.Url}' has no alt text: write what it shows between the brackets, ![a bar chart of turnout by year]({link.Url}), for readers who cannot see it");
                    }

                    if (links.Resolve(file.Path, place, link.Url!, span, diagnostics) is { } resolved)
                    {
                        found.Add(resolved.Link);
                    }
                }
            }
        }

        return found;
    }

    // The kinds' files (their texts are Markdown) but not the bibliography's, whose fields are plain text.
    private static bool HasMarkdownTexts(ParsedDataFile file) => file.Bibtex is null &&
        DataKinds.All.Any(k => k.HasFile && k != DataKinds.References && (file.Name == k.Name || file.Name.StartsWith(k.Name + "/", StringComparison.Ordinal)));

    // Every scalar value (not key) that may hold a Markdown link, "[words](address)". A node an alias repeats is one
    // object: each is looked at once, so that an alias bomb (each level nine of the last) costs its size, not 9^9.
    private static IEnumerable<Located<string>> Texts(YamlNode root, string path)
    {
        var open = new Stack<YamlNode>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        open.Push(root);
        while (open.Count > 0)
        {
            var node = open.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode scalar when scalar.Value?.Contains("](", StringComparison.Ordinal) == true:
                    yield return YamlMap.Text(scalar, path, 0);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children.Reverse())
                    {
                        open.Push(child);
                    }
                    break;
                case YamlMappingNode mapping:
                    foreach (var child in mapping.Children.Values.Reverse())
                    {
                        open.Push(child);
                    }
                    break;
            }
        }
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing.Links;
using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>Parses a YAML file under <c>content/data/</c>.</summary>
public static class DataFileParser
{
    public static ParsedDataFile? Parse(SourceFile file, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics, int maxTextLength = Config.Limits.DefaultMaxTextLength)
    {
        if (file.Text.Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#')))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceSpan.File(file.Path), "the data file has no items (it is empty, or only comments); remove it or add its items");
            return null;
        }

        var root = YamlText.Parse(file.Text, file.Path, 0, diagnostics);
        if (root is null)
        {
            return null;
        }

        DataTextLimit.Check(root, file.Path, maxTextLength, diagnostics);
        UnsafeLinkCheck.InYaml(root, file.Text, file.Path, 0, pipeline, diagnostics);
        var name = file.Path[(SiteLoader.DataFolder.Length + 1)..];
        name = name[..name.LastIndexOf('.')];
        return new ParsedDataFile(file.Path, name, root);
    }
}

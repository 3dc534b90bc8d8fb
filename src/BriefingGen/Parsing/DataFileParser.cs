using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing.Bibtex;
using BriefingGen.Parsing.Links;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Parsing;

/// <summary>Parses a file under <c>content/data/</c>: YAML, JSON (which YAML reads) or, for references, BibTeX.</summary>
public static class DataFileParser
{
    public static ParsedDataFile? Parse(SourceFile file, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics, int maxTextLength = Config.Limits.DefaultMaxTextLength)
    {
        if (file.Path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase))
        {
            return ParseBibtex(file, diagnostics, maxTextLength);
        }

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
        return new ParsedDataFile(file.Path, NameOf(file.Path), root) { Text = file.Text };
    }

    private static ParsedDataFile? ParseBibtex(SourceFile file, DiagnosticBag diagnostics, int maxTextLength)
    {
        var name = NameOf(file.Path);
        if (name != "references" && !name.StartsWith("references/", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.BibtexSyntax, SourceSpan.File(file.Path),
                "a BibTeX file holds references: name it content/data/references.bib, or put it in content/data/references/");
            return null;
        }

        var entries = BibtexParser.Parse(file.Text, file.Path, diagnostics);
        if (entries.Count == 0 && !file.Text.Contains('@'))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceSpan.File(file.Path), "the BibTeX file has no entries; remove it or add its entries");
            return null;
        }

        // As in YAML data, one huge value would be copied into every page that cites the work.
        var kept = entries.Select(entry => entry.Fields.Any(f => f.Value.Length > maxTextLength)
            ? entry with { Fields = entry.Fields.Select(f => Limited(f, maxTextLength, diagnostics)).ToList() }
            : entry).ToList();
        return new ParsedDataFile(file.Path, name, new YamlSequenceNode()) { Bibtex = kept };
    }

    private static BibtexField Limited(BibtexField field, int maxLength, DiagnosticBag diagnostics)
    {
        if (field.Value.Length <= maxLength)
        {
            return field;
        }

        diagnostics.Error(DiagnosticCodes.DataTextTooLong, field.Span,
            $"this text is {field.Value.Length:N0} characters long, over the limit of {maxLength:N0}; shorten it (or raise limits.max_text_length)");
        return field with { Value = field.Value[..100] };
    }

    private static string NameOf(string path)
    {
        var name = path[(SiteLoader.DataFolder.Length + 1)..];
        return name[..name.LastIndexOf('.')];
    }
}

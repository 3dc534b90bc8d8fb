using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Parsing;

/// <summary>
/// Parses a language file: a mapping of snake_case keys to texts, or to plural forms
/// (<c>pages: { one: "{count} page", other: "{count} pages" }</c>). Bad YAML and wrong shapes are reported at their place.
/// </summary>
public static class LanguageFileParser
{
    public static ParsedLanguageFile? Parse(TemplateFile file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file.Text, file.DisplayPath, 0, diagnostics);
        var map = YamlMap.From(root, file.DisplayPath, 0, diagnostics, "a language file");
        if (map is null)
        {
            return null;
        }

        var strings = new Dictionary<string, InterfaceString>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            var node = map.Node(key)!;
            if (ReadString(key, node, map, diagnostics) is { } text)
            {
                strings[key] = text;
            }
        }

        return new ParsedLanguageFile(LanguageOf(file.Name), file.DisplayPath, file.FromSite, strings);
    }

    /// <summary>The language a file is for: <c>i18n/en-GB.yml</c> is <c>en-GB</c>.</summary>
    public static string LanguageOf(string name)
    {
        var file = name[(name.LastIndexOf('/') + 1)..];
        return file[..file.LastIndexOf('.')];
    }

    private static InterfaceString? ReadString(string key, YamlNode node, YamlMap map, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !YamlMap.IsNull(scalar):
                return new InterfaceString(new Dictionary<string, string>(StringComparer.Ordinal) { ["other"] = scalar.Value ?? "" }, map.SpanOf(node));
            case YamlMappingNode forms:
                var plural = new YamlMap(forms, map.Path, 0, diagnostics);
                var read = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var category in plural.Keys)
                {
                    if (!InterfaceString.Categories.Contains(category))
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidValue, plural.KeySpanOf(category),
                            $"'{key}' has a form '{category}': plural forms are named {string.Join(", ", InterfaceString.Categories)} (the CLDR categories)");
                        continue;
                    }

                    if (plural.String(category) is { } text)
                    {
                        read[category] = text;
                    }
                }

                if (!read.ContainsKey("other"))
                {
                    diagnostics.Error(DiagnosticCodes.MissingRequiredField, map.KeySpanOf(key),
                        $"'{key}' needs an 'other' form, used for every count the language has no other form for");
                    return null;
                }

                return new InterfaceString(read, map.SpanOf(node));
            default:
                map.WrongType(key, node, "a text or a mapping of plural forms (one: ..., other: ...)");
                return null;
        }
    }
}

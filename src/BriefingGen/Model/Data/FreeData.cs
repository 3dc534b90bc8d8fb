using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model.Data;

/// <summary>Every data file as plain values (mappings, lists, text, numbers) for templates, under its name: <c>site.data.surveys</c>.</summary>
public static class FreeData
{
    /// <summary>Bounds the values made from one file: YAML aliases can make a small file stand for a huge tree.</summary>
    public const int MaxValues = 200_000;

    public static SortedDictionary<string, object?> Build(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var root = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        // A BibTeX file has no YAML tree; its references reach templates as the bibliography.
        foreach (var file in files.Where(f => f.Bibtex is null))
        {
            var budget = MaxValues;
            var value = Convert(file.Root, ref budget);
            if (budget < 0)
            {
                diagnostics.Error(DiagnosticCodes.YamlTooComplex, SourceSpan.File(file.Path),
                    $"the data expands to more than {MaxValues:N0} values (through YAML aliases?)");
                continue;
            }

            var parts = file.Name.Split('/');
            var folder = root;
            foreach (var part in parts[..^1])
            {
                if (folder.GetValueOrDefault(part) is not SortedDictionary<string, object?> child)
                {
                    child = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                    folder[part] = child;
                }

                folder = child;
            }

            folder[parts[^1]] = value;
        }

        return root;
    }

    private static object? Convert(YamlNode node, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var pair in mapping.Children)
                {
                    if (pair.Key is YamlScalarNode { Value: { } key })
                    {
                        map[key] = Convert(pair.Value, ref budget);
                    }
                }

                return map;
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    list.Add(Convert(item, ref budget));
                }

                return list;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static object? Scalar(YamlScalarNode scalar)
    {
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return scalar.Value;
        }

        var text = scalar.Value ?? "";
        if (YamlMap.IsNull(scalar))
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : text;
    }
}

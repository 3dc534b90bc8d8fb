using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model.Data;

/// <summary>The items of one data kind: every list entry of <c>data/KIND.yml</c> and of the files in <c>data/KIND/</c>.</summary>
public static partial class DataItems
{
    /// <summary>The data kinds BriefingGen reads with a schema; other data files are free-form, for templates.</summary>
    public static IReadOnlyList<string> Kinds { get; } = Items.DataKinds.All.Where(k => k.HasFile).Select(k => k.Name).ToList();

    public static IEnumerable<YamlMap> MapsOfKind(IReadOnlyList<ParsedDataFile> files, string kind, DiagnosticBag diagnostics)
    {
        foreach (var file in files.Where(f => f.Name == kind || f.Name.StartsWith(kind + "/", StringComparison.Ordinal)))
        {
            var root = file.Root;
            // A pandoc-style file wraps its list in one key named for the kind: "references: [...]".
            if (root is YamlMappingNode mapping && mapping.Children.Count == 1 &&
                mapping.Children.Keys.Single() is YamlScalarNode { Value: var key } && key == kind)
            {
                root = mapping.Children.Values.Single();
            }

            if (root is not YamlSequenceNode sequence)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, YamlText.Span(file.Path, 0, root.Start),
                    $"{kind} data must be a list of items, each starting with '- id: ...', not {YamlMap.Describe(root)}");
                continue;
            }

            foreach (var item in sequence.Children)
            {
                var map = YamlMap.From(item, file.Path, 0, diagnostics, $"each entry of the {kind} list");
                if (map is not null)
                {
                    yield return map;
                }
            }
        }
    }

    /// <summary>Reads and checks an item's id: required, lower-case words joined by '-' (digits and '_' allowed).</summary>
    public static string? Id(YamlMap map, string owner)
    {
        var id = map.String("id", required: true, owner: owner);
        if (id is null)
        {
            return null;
        }

        if (!IsValidId(id))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("id"),
                $"'{id}' is not a valid id: use letters, digits, '-', '_', ':' or '.', starting with a letter or digit");
            return null;
        }

        return id;
    }

    /// <summary>
    /// Drops items whose id repeats an earlier one, reporting each repeat. Ids are compared in NFC, as the URLs made
    /// from them are: "Å" written as U+212B and as U+00C5 is one id to a reader and one address.
    /// </summary>
    public static List<T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceSpan> span, string kind, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var item in items)
        {
            if (seen.TryGetValue(SitePath.Normalised(id(item)), out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, span(item),
                    $"{kind} id '{id(item)}' is already used at {first}; ids must be unique");
                continue;
            }

            seen[SitePath.Normalised(id(item))] = span(item);
            unique.Add(item);
        }

        return unique;
    }

    /// <summary>Whether a text may be an id: letters and digits, with '-', '_', ':' and '.' after the first.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}_:.\-]*$")]
    private static partial Regex IdPattern();
}

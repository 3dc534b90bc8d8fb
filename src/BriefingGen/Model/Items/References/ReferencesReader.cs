using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>references</c> data in CSL YAML, as reference managers export it, and gives same-author same-year works their a/b suffixes.</summary>
public static class ReferencesReader
{
    public static List<Reference> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var references = DataItems.For(files, "references", diagnostics).Select(ReadReference).OfType<Reference>();
        var unique = DataItems.Unique(references, r => r.Id, r => r.Span, "reference", diagnostics);
        return AddYearSuffixes(unique);
    }

    /// <summary>Works by the same authors in the same year are cited 2015a, 2015b, in title order.</summary>
    public static List<Reference> AddYearSuffixes(IReadOnlyList<Reference> references)
    {
        var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in references.GroupBy(r => AuthorKey(r) + "|" + r.Year, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                suffixes[ordered[i].Id] = i < 26 ? ((char)('a' + i)).ToString() : (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return references.Select(r => suffixes.TryGetValue(r.Id, out var s) ? r with { YearSuffix = s } : r).ToList();
    }

    private static string AuthorKey(Reference reference) =>
        string.Join(";", (reference.Authors.Count > 0 ? reference.Authors : reference.Editors).Select(n => n.Short));

    private static Reference? ReadReference(YamlMap map)
    {
        var id = DataItems.Id(map, "every reference");
        var title = map.String("title", required: true, owner: "every reference");
        var reference = new Reference(
            id ?? "",
            map.String("type") ?? "book",
            ReadNames(map, "author"),
            ReadNames(map, "editor"),
            ReadYear(map),
            null,
            title ?? "",
            map.String("container-title"),
            map.String("collection-title"),
            map.String("publisher"),
            map.String("publisher-place"),
            map.String("volume"),
            map.String("issue"),
            map.String("page"),
            map.String("DOI"),
            map.String("URL"),
            map.String("note"),
            map.Span);
        map.ReportUnknownKeys("a reference");
        // Kept without a title (its error is reported), so that its citations do not fail too.
        return id is null ? null : reference;
    }

    private static List<Name> ReadNames(YamlMap map, string key)
    {
        var node = map.Node(key);
        if (node is null || YamlMap.IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode scalar)
        {
            return [new Name(null, null, scalar.Value)];
        }

        var names = new List<Name>();
        foreach (var entry in map.MapList(key))
        {
            var name = new Name(entry.String("family"), entry.String("given"), entry.String("literal"));
            entry.ReportUnknownKeys($"a reference's {key}");
            if (name.Family is null && name.Given is null && name.Literal is null)
            {
                map.Diagnostics.Error(DiagnosticCodes.MissingRequiredField, entry.Span,
                    $"each {key} needs 'family' (and 'given'), or 'literal' for an organisation");
                continue;
            }

            names.Add(name);
        }

        return names;
    }

    // CSL: issued: {date-parts: [[2007, 5]]}, or {literal: ...}; also accepted: issued: 2007.
    private static int? ReadYear(YamlMap map)
    {
        var node = map.Node("issued");
        if (node is null || YamlMap.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var text } && TryYear(text, out var year))
        {
            return year;
        }

        if (node is YamlMappingNode)
        {
            var issued = map.Map("issued")!;
            var parts = issued.Node("date-parts");
            issued.Node("literal");
            issued.ReportUnknownKeys("'issued'");
            if (parts is YamlSequenceNode { Children: [YamlSequenceNode { Children: [YamlScalarNode first, ..] }, ..] } &&
                TryYear(first.Value, out var fromParts))
            {
                return fromParts;
            }

            if (parts is null)
            {
                return null;
            }
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("issued"),
            "'issued' must be a year (issued: 2007) or CSL date parts (issued: {date-parts: [[2007]]})");
        return null;
    }

    private static bool TryYear(string? text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > 0 and < 10000;
}

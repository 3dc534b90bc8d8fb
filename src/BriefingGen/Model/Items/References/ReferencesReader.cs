using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model.Data;

/// <summary>
/// Reads <c>references</c> data as reference managers export it (CSL YAML, CSL JSON and BibTeX) and gives
/// same-author same-year works their a/b suffixes.
/// </summary>
public static class ReferencesReader
{
    public static List<Reference> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        // File by file in path order, so that of two works with one key the first file's is kept, whatever its format.
        var references = files.SelectMany(file => file.Bibtex is { } entries
                ? entries.Select(entry => BibtexReferences.Read(entry, diagnostics))
                : DataItems.MapsOfKind([file], "references", diagnostics).Select(ReadReference))
            .OfType<Reference>();
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
            map.Span)
        {
            Edition = map.String("edition"),
            Accessed = ReadDate(map, "accessed"),
            Translators = ReadNames(map, "translator"),
        };
        foreach (var variable in CslVariables.All)
        {
            map.Node(variable);
        }

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
            var name = new Name(entry.String("family"), entry.String("given"), entry.String("literal"))
            {
                NonDroppingParticle = entry.String("non-dropping-particle"),
                DroppingParticle = entry.String("dropping-particle"),
                Suffix = entry.String("suffix"),
            };
            foreach (var part in CslVariables.NameParts)
            {
                entry.Node(part);
            }

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

    private static int? ReadYear(YamlMap map) => ReadDate(map, "issued")?.Year;

    // CSL: issued: {date-parts: [[2007, 5]]}, or {literal: ...}, or {raw: 2007-05}; pandoc writes issued: 2007-05.
    private static PartialDate? ReadDate(YamlMap map, string key)
    {
        var node = map.Node(key);
        if (node is null || YamlMap.IsNull(node))
        {
            return null;
        }

        // An interval ("1998/1999", as pandoc writes a range in EDTF) is dated by its start.
        if (node is YamlScalarNode { Value: var text } && PartialDate.Parse(text?.Split('/')[0]) is { } date)
        {
            return date;
        }

        if (node is YamlMappingNode)
        {
            var parts = map.Map(key)!;
            var dateParts = parts.Node("date-parts");
            var raw = parts.String("raw");
            foreach (var part in CslVariables.DateParts)
            {
                parts.Node(part);
            }

            parts.ReportUnknownKeys($"'{key}'");
            if (dateParts is YamlSequenceNode { Children: [YamlSequenceNode { Children: [YamlScalarNode first, ..] } numbers, ..] } &&
                TryNumber(first.Value, out var year) &&
                PartialDate.FromParts(year, Part(numbers.Children, 1), Part(numbers.Children, 2)) is { } fromParts)
            {
                return fromParts;
            }

            if (dateParts is null && raw is not null && PartialDate.Parse(raw.Split('/')[0]) is { } fromRaw)
            {
                return fromRaw;
            }

            if (dateParts is null && raw is null)
            {
                return null; // a literal date ("Spring 1998") or a season alone: cited without a year
            }
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf(key),
            $"'{key}' must be a year ({key}: 2007), a date ({key}: 2007-05-21) or CSL date parts ({key}: {{date-parts: [[2007, 5, 21]]}})");
        return null;
    }

    private static int? Part(IList<YamlNode> parts, int index) =>
        index < parts.Count && parts[index] is YamlScalarNode { Value: var text } && TryNumber(text, out var number) ? number : null;

    private static bool TryNumber(string? text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}

using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>terms</c> data: terms with their explanations and attributed definitions.</summary>
public static class TermsReader
{
    public static List<Term> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var terms = DataItems.MapsOfKind(files, "terms", diagnostics).Select(map => ReadTerm(map)).OfType<Term>();
        var unique = DataItems.Unique(terms, t => t.Id, t => t.Span, "term", diagnostics);
        // Definition ids are unique across terms, so that {{< definition id >}} needs no term.
        DataItems.Unique(unique.SelectMany(t => t.Definitions), d => d.Id, d => d.Span, "definition", diagnostics);
        return unique;
    }

    private static Term? ReadTerm(YamlMap map)
    {
        var id = DataItems.Id(map, "every term");
        var name = map.String("name", required: true, owner: "every term");
        var explanation = map.String("explanation", required: true, owner: "every term");
        var term = new Term(
            id ?? "",
            name ?? "",
            map.StringList("aliases"),
            map.String("category") ?? "concept",
            explanation ?? "",
            map.String("assessment"),
            map.StringList("references"),
            map.StringList("see_also"),
            id is null ? [] : map.MapList("definitions").Select(d => ReadDefinition(d, id)).OfType<Definition>().ToList(),
            map.Span);
        map.ReportUnknownKeys(Items.Terms.TermKeys.Term);
        return id is null || name is null || explanation is null ? null : term;
    }

    private static Definition? ReadDefinition(YamlMap map, string termId)
    {
        var id = DataItems.Id(map, "every definition");
        var text = map.String("text", required: true, owner: "every definition");
        var kindText = map.LocatedString("kind");
        DefinitionKind? kind = null;
        if (kindText is not null)
        {
            if (Enum.TryParse<DefinitionKind>(kindText.Value, ignoreCase: true, out var parsed) && !kindText.Value.Any(char.IsDigit))
            {
                kind = parsed;
            }
            else
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, kindText.Span,
                    $"a definition's 'kind' must be institutional, generic, working or criticised, not '{kindText.Value}'");
            }
        }

        var criticisms = map.StringList("criticisms");
        if (kind == DefinitionKind.Criticised && criticisms.Count == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingRequiredField, map.SpanOf("kind"),
                "a criticised definition needs 'criticisms': the list of points made against it");
        }

        var definition = new Definition(
            id ?? "",
            termId,
            text ?? "",
            map.StringList("authors"),
            map.String("year"),
            map.String("reference"),
            map.String("page"),
            map.String("cited_in"),
            kind,
            map.String("classified_by"),
            map.String("note"),
            criticisms,
            map.Span) { ReferenceAt = map.SpanOf("reference"), CitedInAt = map.SpanOf("cited_in") };
        map.ReportUnknownKeys(Items.Terms.TermKeys.Definition);
        return id is null || text is null ? null : definition;
    }
}

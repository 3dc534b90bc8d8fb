using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>terms</c> data: terms with their explanations and attributed definitions.</summary>
public static class TermsReader
{
    public static List<Term> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var aliasSpans = new Dictionary<Term, IReadOnlyList<Located<string>>>(ReferenceEqualityComparer.Instance);
        var terms = DataItems.MapsOfKind(files, "terms", diagnostics).Select(map => ReadTerm(map, aliasSpans)).OfType<Term>();
        var unique = DataItems.Unique(terms, t => t.Id, t => t.Span, "term", diagnostics);
        ReportAmbiguousAliases(unique, aliasSpans, diagnostics);
        // Definition ids are unique across terms, so that {{< definition id >}} needs no term.
        DataItems.Unique(unique.SelectMany(t => t.Definitions), d => d.Id, d => d.Span, "definition", diagnostics);
        return unique;
    }

    // [[x]] must name one term: an alias may not be another term's id, name or alias.
    private static void ReportAmbiguousAliases(
        IReadOnlyList<Term> terms, IReadOnlyDictionary<Term, IReadOnlyList<Located<string>>> aliasSpans, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, (Term Term, string What)>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            owners.TryAdd(term.Id, (term, "id"));
            owners.TryAdd(term.Name, (term, "name"));
        }

        foreach (var term in terms)
        {
            foreach (var alias in aliasSpans.GetValueOrDefault(term) ?? [])
            {
                if (owners.TryGetValue(alias.Value, out var owner) && !ReferenceEquals(owner.Term, term))
                {
                    diagnostics.Error(DiagnosticCodes.AmbiguousTermName, alias.Span,
                        $"the alias '{alias.Value}' of term '{term.Id}' is also the {owner.What} of term '{owner.Term.Id}' ({owner.Term.Span}); [[{alias.Value}]] would name either, so remove it from one of them");
                    continue;
                }

                owners.TryAdd(alias.Value, (term, "alias"));
            }
        }
    }

    private static Term? ReadTerm(YamlMap map, Dictionary<Term, IReadOnlyList<Located<string>>> aliasSpans)
    {
        var id = DataItems.Id(map, "every term");
        var name = map.String("name", required: true, owner: "every term");
        var explanation = map.String("explanation", required: true, owner: "every term");
        var aliases = map.LocatedStringList("aliases");
        var term = new Term(
            id ?? "",
            name ?? "",
            aliases.Select(a => a.Value).ToList(),
            map.String("category"),
            explanation ?? "",
            map.String("assessment"),
            map.StringList("references"),
            map.StringList("see_also"),
            id is null ? [] : map.MapList("definitions").Select(d => ReadDefinition(d, id)).OfType<Definition>().ToList(),
            map.Span);
        map.ReportUnknownKeys(Items.Terms.TermKeys.Term);
        aliasSpans[term] = aliases;
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
            AuthorsReader.Read(map),
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

using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Terms;

/// <summary>The keys of a term and its definitions in <c>terms.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class TermKeys
{
    public static MapShape Definition { get; } = new("a definition", "A definition of the term, attributed to its authors.",
    [
        ItemKeys.Id("definition"),
        new("text", ValueKind.Text, "The definition's words.") { Required = true },
        Parsing.AuthorsReader.Key("Who wrote it: each a name, or {name, affiliation, url, orcid}."),
        new("year", ValueKind.Text, "The year it was written."),
        new("reference", ValueKind.Text, "The id of the reference it is in."),
        new("page", ValueKind.Text, "The page of the reference, such as '12' or '12-14'."),
        new("cited_in", ValueKind.Text, "The id of the reference it was found in, when quoted second-hand."),
        new("kind", ValueKind.Text, "The kind of definition; a criticised one needs 'criticisms'.")
        {
            Allowed = Enum.GetNames<Model.DefinitionKind>().Select(n => n.ToLowerInvariant()).ToList(),
        },
        new("classified_by", ValueKind.Text, "Who classified it as that kind."),
        new("note", ValueKind.Text, "A note shown with it."),
        new("criticisms", ValueKind.TextList, "The points made against it (needed when its kind is criticised)."),
    ]);

    public static MapShape Term { get; } = new("a term", "A term of the field, with its explanation and attributed definitions.",
    [
        ItemKeys.Id("term"),
        new("name", ValueKind.Text, "The term as it is written.") { Required = true },
        new("aliases", ValueKind.TextList, "Other spellings that [[...]] links may use."),
        new("category", ValueKind.Text, "The heading the term is listed under on the definitions page, written as it is shown ('Related approaches'); categories follow the order they first appear in."),
        new("explanation", ValueKind.Text, "A plain explanation, shown on hover and in the glossary.") { Required = true },
        new("assessment", ValueKind.Text, "The editors' assessment of the term."),
        new("references", ValueKind.TextList, "Ids of references about the term."),
        new("see_also", ValueKind.TextList, "Ids of related terms."),
        new("definitions", ValueKind.MapList, "Attributed definitions of the term.") { Entries = Definition },
    ]);
}

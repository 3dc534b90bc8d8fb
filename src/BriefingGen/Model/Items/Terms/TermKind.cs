using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.Terms;

/// <summary>The terms kind and the definitions in them: <c>data/terms.yml</c>, linked as <c>[[term]]</c>, embedded as <c>{{&lt; term ID &gt;}}</c> or <c>{{&lt; definitions ID &gt;}}</c>, listed on the definitions page.</summary>
public static class TermKind
{
    public static DataKind<Term> Kind { get; } = new("terms", "term")
    {
        Keys = TermKeys.Term,
        Reader = TermsReader.Read,
        EmbedWords = ["term", "definitions"],
        Url = GeneratedPages.DefinitionsUrl,
        IndexPage = PageKind.Definitions,
        IndexTitle = "Definitions and concepts",
        ItemPage = PageKind.Term,
        OwnPage = t => t.Definitions.Count > 1,
        OwnPageTitle = t => $"Definitions of {t.Name} compared",
        LabelKey = "kind_definition",
        IsUsed = (t, uses) => uses.ByContent(uses.Links.TermUsers, t.Id),
        UnusedMessage = t => $"no page links the term '{t.Id}'; link it with [[{t.Id}]] or remove it",
    };

    /// <summary>The definitions inside the terms: embeddable on their own as <c>{{&lt; definition ID &gt;}}</c>, read with their term.</summary>
    public static DataKind<Definition> Definitions { get; } = new("definitions", "definition") { EmbedWords = ["definition"] };
}

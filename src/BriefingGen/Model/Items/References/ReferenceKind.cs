using BriefingGen.Diagnostics;
using BriefingGen.Model.Data;

namespace BriefingGen.Model.Items.References;

/// <summary>The references kind: <c>data/references.yml</c> (CSL YAML), cited as <c>[@key]</c>, listed in the bibliography.</summary>
public static class ReferenceKind
{
    public static DataKind<Reference> Kind { get; } = new("references", "reference")
    {
        Reader = ReferencesReader.Read,
        Url = GeneratedPages.BibliographyUrl,
        IndexPage = PageKind.Bibliography,
        IndexTitle = "Bibliography",
        LabelKey = "kind_reference",
        UnusedCode = DiagnosticCodes.UncitedReference,
        // A reference counts as cited when any page shows it, the definitions page included: it quotes from it.
        IsUsed = (r, uses) => uses.Links.Citers.ContainsKey(r.Id),
        UnusedMessage = r => $"no page cites '{r.Id}'; cite it with [@{r.Id}] or remove it",
    };
}

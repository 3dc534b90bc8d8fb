using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Model.Data;
using BriefingGen.Parsing.Bibtex;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.References;

/// <summary>Reads BibTeX text, or a file of <c>References/data/</c>, into references as a build does.</summary>
internal static class BibtexSupport
{
    public const string Path = "content/data/references.bib";

    public static string DataFile(string name) => File.ReadAllText(Repository.Path("tests", "BriefingGen.Tests", "References", "data", name));

    public static (Dictionary<string, Reference> References, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var references = BibtexParser.Parse(text, Path, diagnostics)
            .Select(entry => BibtexReferences.Read(entry, diagnostics))
            .OfType<Reference>()
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        return (references, diagnostics.Sorted());
    }
}

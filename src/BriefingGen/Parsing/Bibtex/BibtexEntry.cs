using BriefingGen.Diagnostics;

namespace BriefingGen.Parsing.Bibtex;

/// <summary>One <c>@type{key, field = value, ...}</c> of a BibTeX file, its values joined and its macros expanded but still in LaTeX.</summary>
public sealed record BibtexEntry(string Type, string Key, IReadOnlyList<BibtexField> Fields, SourceSpan Span)
{
    public BibtexField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>A field of an entry: its name in lower case, its raw value (braces kept, for names and LaTeX) and where it starts.</summary>
public sealed record BibtexField(string Name, string Value, SourceSpan Span);

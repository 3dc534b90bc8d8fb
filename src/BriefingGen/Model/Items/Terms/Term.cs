using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A term of the field: a name, a plain explanation, and any competing definitions.</summary>
public sealed record Term(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category,
    string Explanation,
    string? Assessment,
    IReadOnlyList<string> ReferenceIds,
    IReadOnlyList<string> SeeAlso,
    IReadOnlyList<Definition> Definitions,
    SourceSpan Span) : Items.IDataItem
{
    string Items.IDataItem.Title => Name;

    string? Items.IDataItem.Description => Explanation;
}

/// <summary>One attributed definition of a term, with its exact wording.</summary>
public sealed record Definition(
    string Id,
    string TermId,
    string Text,
    IReadOnlyList<Parsing.Author> Authors,
    string? Year,
    string? ReferenceId,
    string? Page,
    string? CitedIn,
    DefinitionKind? Kind,
    string? ClassifiedBy,
    string? Note,
    IReadOnlyList<string> Criticisms,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>Where 'reference' and 'cited_in' are written, so that an unknown source is reported at its value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? ReferenceAt { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? CitedInAt { get; init; }

    string Items.IDataItem.Title => Id;

    IReadOnlyList<Yaml.Located<string>> Items.IDataItem.Sources =>
        ReferenceId is null ? [] : [new Yaml.Located<string>(ReferenceId, ReferenceAt ?? Span)];
}

/// <summary>How the literature classes a definition (the data says which kind, from this fixed set).</summary>
public enum DefinitionKind
{
    Institutional,
    Generic,
    Working,
    Criticised,
}

using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Survey results: categories, one or more series of values, a unit and a source; drawn as a bar chart.</summary>
public sealed record Figure(
    string Id,
    string Title,
    string? Description,
    string? SourceNote,
    string Unit,
    IReadOnlyList<string> Categories,
    IReadOnlyList<FigureSeries> Series,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>The references it is drawn from, each where it is written.</summary>
    public IReadOnlyList<Yaml.Located<string>> Sources { get; init; } = [];
}

/// <summary>One series of a figure: a name and a value per category (null where the source gives none).</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<decimal?> Values);

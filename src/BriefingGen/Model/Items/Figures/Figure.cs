using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Survey results: categories, one or more series of values, a unit and a source; drawn as a bar chart.</summary>
public sealed record Figure(
    string Id,
    string Title,
    string? Description,
    string? SourceId,
    string? SourceNote,
    string Unit,
    IReadOnlyList<string> Categories,
    IReadOnlyList<FigureSeries> Series,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>Where the item's 'source' is written, so that an unknown source is reported at its value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? SourceAt { get; init; }
}

/// <summary>One series of a figure: a name and a value per category (null where the source gives none).</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<decimal?> Values);

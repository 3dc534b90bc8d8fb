using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A side-by-side table with free columns (discourses and how each showed; two parties' proposals).</summary>
public sealed record Comparison(
    string Id,
    string Title,
    string? Description,
    string? SourceId,
    string RowLabel,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ComparisonRow> Rows,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>Where the item's 'source' is written, so that an unknown source is reported at its value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? SourceAt { get; init; }
}

/// <summary>A row of a comparison: its header and one cell per column.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Cells);

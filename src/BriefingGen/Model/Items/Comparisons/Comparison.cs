using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A side-by-side table with free columns (discourses and how each showed; two parties' proposals).</summary>
public sealed record Comparison(
    string Id,
    string Title,
    string? Description,
    string RowLabel,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ComparisonRow> Rows,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>The references it is drawn from, each where it is written.</summary>
    public IReadOnlyList<Yaml.Located<string>> Sources { get; init; } = [];
}

/// <summary>A row of a comparison: its header and one cell per column.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Cells);

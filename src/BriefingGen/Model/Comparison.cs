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
    SourceSpan Span);

/// <summary>A row of a comparison: its header and one cell per column.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Cells);

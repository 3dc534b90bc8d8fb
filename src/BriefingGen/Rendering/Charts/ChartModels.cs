namespace BriefingGen.Rendering.Charts;

/// <summary>
/// A figure's chart as <c>items/chart.html</c> draws it: its kind (the SVG's class), its variant ("" for the page's
/// column, "narrow" for phones: a class, and a prefix of its ids), its size in user units, the text
/// alternative, the value axis's ticks and grid lines, the zero line, the category labels, the bars or lines with their
/// value labels, stacks' totals, and the legend with a pattern per series after the first. Every coordinate is text, computed here.
/// </summary>
public sealed record ChartModel(
    string Kind,
    string Variant,
    string Width,
    string Height,
    string Description,
    IReadOnlyList<ChartTick> Ticks,
    ChartRule Zero,
    ChartText? AxisTitle,
    IReadOnlyList<ChartCategoryLabel> Categories,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<ChartText> Totals,
    IReadOnlyList<ChartLine> Lines,
    IReadOnlyList<ChartLegendEntry> Legend,
    IReadOnlyList<ChartPattern> Patterns);

/// <summary>A straight line from (x1, y1) to (x2, y2): a grid line, the zero line.</summary>
public sealed record ChartRule(string X1, string Y1, string X2, string Y2);

/// <summary>A tick of the value axis: its grid line and its label, the value formatted in the site's language.</summary>
public sealed record ChartTick(ChartRule Rule, ChartText Label, bool IsZero);

/// <summary>A text at (x, y), anchored start, middle or end; <c>Transform</c> turns it (the vertical axis's title).</summary>
public sealed record ChartText(string Text, string X, string Y, string Anchor)
{
    public string? Transform { get; init; }

    /// <summary>Its CSS class: <c>value</c>, <c>value inside</c> (on a bar), <c>value total</c> (a stack's total).</summary>
    public string CssClass { get; init; } = "value";
}

/// <summary>A category's label, wrapped onto lines that each start at <c>X</c>.</summary>
public sealed record ChartCategoryLabel(string Category, string X, string Y, string Anchor, IReadOnlyList<ChartLabelLine> Lines);

/// <summary>A line of a wrapped label and its offset from the line above.</summary>
public sealed record ChartLabelLine(string Text, string Dy);

/// <summary>A bar (or a stacked segment): its series, CSS class and pattern, its rectangle, and its value label (none when it has no room inside its stack).</summary>
public sealed record ChartBar(string Series, string SeriesClass, bool Patterned, string X, string Y, string Width, string Height, ChartText? Value);

/// <summary>A series drawn as a line: a polyline per run of values (a missing value breaks it), a marker and a label per value.</summary>
public sealed record ChartLine(string Series, string SeriesClass, IReadOnlyList<string> Segments, IReadOnlyList<string> Markers, IReadOnlyList<ChartText> Values);

/// <summary>A legend entry: its series' swatch (a bar with its pattern, or a line with its marker) and name.</summary>
public sealed record ChartLegendEntry(string Series, string SeriesClass, bool Patterned, string X, string Y, string TextX, string TextY)
{
    /// <summary>For a line chart, the marker drawn on the swatch's line; null for bars.</summary>
    public string? Marker { get; init; }

    public ChartRule? Line { get; init; }
}

/// <summary>The pattern laid over a series' bars so that series differ by more than colour: stripes at an angle, or dots.</summary>
public sealed record ChartPattern(string SeriesClass, bool Dots, string Angle);

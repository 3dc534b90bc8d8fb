using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Survey results: categories, one or more series of values, a unit and a source; drawn as the chart its kind names.</summary>
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

    /// <summary>How it is drawn: bars (the default), columns, grouped or stacked bars, or lines.</summary>
    public ChartKind Chart { get; init; } = ChartKind.Bar;

    /// <summary>What the value axis measures ("Share of residents"), shown along it; none when the title says it.</summary>
    public string? AxisLabel { get; init; }
}

/// <summary>One series of a figure: a name and a value per category (null where the source gives none).</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<decimal?> Values);

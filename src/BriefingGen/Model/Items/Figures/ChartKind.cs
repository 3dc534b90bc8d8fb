namespace BriefingGen.Model;

/// <summary>How a figure is drawn, chosen by its <c>chart</c> key; several series sit side by side unless stacked.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars (the default): categories down the side, suited to long category names.</summary>
    Bar,

    /// <summary>Vertical bars (columns).</summary>
    Column,

    /// <summary>Vertical bars with several series side by side in each category.</summary>
    Grouped,

    /// <summary>Vertical bars with each category's series stacked on one another.</summary>
    Stacked,

    /// <summary>Horizontal bars with each category's series stacked end to end.</summary>
    StackedBar,

    /// <summary>One line per series across the categories, in order (years, waves of a survey).</summary>
    Line,
}

/// <summary>The words an editor writes for each <see cref="ChartKind"/> in <c>figures.yml</c>.</summary>
public static class ChartKinds
{
    public static IReadOnlyList<(string Name, ChartKind Kind)> Names { get; } =
    [
        ("bar", ChartKind.Bar),
        ("column", ChartKind.Column),
        ("grouped", ChartKind.Grouped),
        ("stacked", ChartKind.Stacked),
        ("stacked-bar", ChartKind.StackedBar),
        ("line", ChartKind.Line),
    ];

    public static string NameOf(ChartKind kind) => Names.First(n => n.Kind == kind).Name;

    public static ChartKind? Parse(string name) =>
        Names.FirstOrDefault(n => string.Equals(n.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found ? found.Kind : null;

    public static bool IsHorizontal(this ChartKind kind) => kind is ChartKind.Bar or ChartKind.StackedBar;

    public static bool IsStacked(this ChartKind kind) => kind is ChartKind.Stacked or ChartKind.StackedBar;
}

using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering.Charts;

/// <summary>A figure's chart, drawn as SVG at build time (no JavaScript) by <c>items/chart.html</c> from the geometry computed here.</summary>
public static class FigureChart
{
    private const double LegendRow = 22;
    private const double Swatch = 14;

    /// <summary>The width of the chart for a page's column, in the SVG's units: its 14-unit text reads at 14-15.5 px.</summary>
    public const double Wide = 460;

    /// <summary>
    /// The width of the chart drawn for phones: in a 288 px column (a 320 px screen) its 14-unit text still renders
    /// at 12.6 px, where the wide chart's would shrink to 8.8 px.
    /// </summary>
    public const double Narrow = 320;

    /// <summary>The chart's geometry, the variables of <c>items/chart.html</c>: every coordinate computed, as text.</summary>
    public static ChartModel Geometry(Figure figure, InterfaceText text, double width = Wide)
    {
        var legend = Legend(figure, width, out var legendHeight);
        var frame = new ChartFrame(figure, text.Culture, legendHeight, width);
        var body = figure.Chart.IsHorizontal() ? HorizontalChart.Draw(frame) : VerticalChart.Draw(frame);
        var patterns = figure.Chart == ChartKind.Line
            ? []
            : Enumerable.Range(0, figure.Series.Count).Where(ChartFrame.Patterned).Select(Pattern).DistinctBy(p => p.SeriesClass).ToList();
        return new ChartModel(ChartKinds.NameOf(figure.Chart), width == Wide ? "" : "narrow", ChartFrame.N(width), ChartFrame.N(Math.Ceiling(body.Height)),
            Describe(figure, text), body.Ticks, body.Zero, body.AxisTitle, body.Categories, body.Bars, body.Totals, body.Lines, legend, patterns);
    }

    // A legend only for several series, its entries in rows across the top, each as wide as its name.
    private static List<ChartLegendEntry> Legend(Figure figure, double chartWidth, out double height)
    {
        var entries = new List<ChartLegendEntry>();
        height = 0;
        if (figure.Series.Count < 2)
        {
            return entries;
        }

        var (x, y) = (ChartFrame.Margin, 0.0);
        for (var s = 0; s < figure.Series.Count; s++)
        {
            var name = figure.Series[s].Name;
            var width = Swatch + 8 + ChartTextSize.Width(name) + 18;
            if (x > ChartFrame.Margin && x + width > chartWidth - ChartFrame.Margin)
            {
                (x, y) = (ChartFrame.Margin, y + LegendRow);
            }

            var entry = new ChartLegendEntry(name, ChartFrame.SeriesClass(s), figure.Chart != ChartKind.Line && ChartFrame.Patterned(s),
                ChartFrame.N(x), ChartFrame.N(y + 4), ChartFrame.N(x + Swatch + 8), ChartFrame.N(y + 16));
            if (figure.Chart == ChartKind.Line)
            {
                var middle = y + 4 + Swatch / 2;
                entry = entry with
                {
                    Line = new ChartRule(ChartFrame.N(x - 3), ChartFrame.N(middle), ChartFrame.N(x + Swatch + 3), ChartFrame.N(middle)),
                    Marker = VerticalChart.Marker(s, x + Swatch / 2, middle),
                };
            }

            entries.Add(entry);
            x += width;
        }

        height = y + LegendRow + 8;
        return entries;
    }

    private static ChartPattern Pattern(int series) => (series % 6) switch
    {
        1 => new ChartPattern(ChartFrame.SeriesClass(series), false, "45"),
        2 => new ChartPattern(ChartFrame.SeriesClass(series), true, "0"),
        3 => new ChartPattern(ChartFrame.SeriesClass(series), false, "-45"),
        4 => new ChartPattern(ChartFrame.SeriesClass(series), false, "0"),
        _ => new ChartPattern(ChartFrame.SeriesClass(series), false, "90"),
    };

    /// <summary>The chart in words, for screen readers: its kind, then every value of every series, in the site's language.</summary>
    public static string Describe(Figure figure, InterfaceText text)
    {
        var parts = figure.Series.Select(series =>
            (figure.Series.Count > 1 ? series.Name + ": " : "") +
            string.Join(", ", figure.Categories.Select((category, i) => $"{category} {ChartNumbers.Format(series.Values[i], figure.Unit, text.Culture)}")));
        return text.Text("chart_" + ChartKinds.NameOf(figure.Chart).Replace('-', '_'), ("values", string.Join(". ", parts)));
    }
}

using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering;

/// <summary>A horizontal bar chart of a figure, drawn as SVG at build time (no JavaScript) by <c>items/chart.html</c> from the geometry computed here.</summary>
public static class FigureChart
{
    private const int MaxLabelWidth = 260;
    private const double CharWidth = 7.2;
    private const int LineHeight = 14;
    private const int BarArea = 360;
    private const int BarHeight = 18;
    private const int Gap = 6;
    private static readonly string[] SeriesClasses = ["s0", "s1", "s2", "s3", "s4", "s5"];

    /// <summary>The chart's geometry, the variables of <c>items/chart.html</c>: every coordinate computed, as text.</summary>
    public static ChartModel Geometry(Figure figure, InterfaceText text)
    {
        var max = figure.Series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        if (max <= 0)
        {
            max = 1;
        }

        // Labels are wrapped to fit a column sized to the longest one, so that no label is cut off.
        var longest = figure.Categories.Max(c => c.Length);
        var labelWidth = (int)Math.Clamp(longest * CharWidth + 16, 90, MaxLabelWidth);
        var labels = figure.Categories.Select(c => Wrap(c, (int)((labelWidth - 12) / CharWidth))).ToList();
        var groupHeights = labels.Select(l => Math.Max(figure.Series.Count * BarHeight, l.Count * LineHeight) + Gap * 2).ToList();
        var legendHeight = figure.Series.Count > 1 ? 24 : 0;
        var height = groupHeights.Sum() + legendHeight + 4;
        var width = labelWidth + BarArea + 70;
        var groups = new List<ChartGroup>(figure.Categories.Count);
        var y = legendHeight;
        for (var c = 0; c < figure.Categories.Count; c++)
        {
            var groupHeight = groupHeights[c];
            var firstLineY = y + groupHeight / 2 + 4 - (labels[c].Count - 1) * LineHeight / 2;
            var lines = labels[c].Select((line, i) => new ChartLabelLine(line, Text(i == 0 ? 0 : LineHeight))).ToList();
            var bars = new List<ChartBar>(figure.Series.Count);
            for (var s = 0; s < figure.Series.Count; s++)
            {
                var value = figure.Series[s].Values[c];
                var barY = y + (groupHeight - figure.Series.Count * BarHeight) / 2 + s * BarHeight;
                var barWidth = value is null ? 0 : (double)(value.Value / max) * BarArea;
                bars.Add(new ChartBar(figure.Series[s], SeriesClasses[s % SeriesClasses.Length], Text(labelWidth), Text(barY),
                    barWidth.ToString("0.#", CultureInfo.InvariantCulture), Text(BarHeight - 3),
                    (labelWidth + barWidth + 4).ToString("0.#", CultureInfo.InvariantCulture), Text(barY + BarHeight - 6),
                    ItemHtml.FormatValue(value, figure.Unit)));
            }

            groups.Add(new ChartGroup(figure.Categories[c], Text(labelWidth - 8), Text(firstLineY), lines, bars));
            y += groupHeight;
        }

        var legend = new List<ChartLegendEntry>();
        if (figure.Series.Count > 1)
        {
            var x = labelWidth;
            for (var s = 0; s < figure.Series.Count; s++)
            {
                legend.Add(new ChartLegendEntry(figure.Series[s], SeriesClasses[s % SeriesClasses.Length], Text(x), Text(x + 16)));
                x += 24 + figure.Series[s].Name.Length * 7;
            }
        }

        return new ChartModel(Text(width), Text(height), Describe(figure, text), groups, legend);
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static List<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>The chart in words, for screen readers: every value of every series, in the site's language's sentence.</summary>
    public static string Describe(Figure figure, InterfaceText text)
    {
        var parts = figure.Series.Select(series =>
            (figure.Series.Count > 1 ? series.Name + ": " : "") +
            string.Join(", ", figure.Categories.Select((category, i) => $"{category} {ItemHtml.FormatValue(series.Values[i], figure.Unit)}")));
        return text.Text("bar_chart", ("values", string.Join(". ", parts)));
    }
}

/// <summary>A bar chart's size, its description in words, a group of bars per category and a legend entry per series (when there are several).</summary>
public sealed record ChartModel(string Width, string Height, string Description, IReadOnlyList<ChartGroup> Groups, IReadOnlyList<ChartLegendEntry> Legend);

/// <summary>One category: its label's position and wrapped lines, and one bar per series.</summary>
public sealed record ChartGroup(string Category, string LabelX, string LabelY, IReadOnlyList<ChartLabelLine> Lines, IReadOnlyList<ChartBar> Bars);

/// <summary>A line of a wrapped category label and its offset from the line above.</summary>
public sealed record ChartLabelLine(string Text, string Dy);

/// <summary>A bar: its series and CSS class, its rectangle, and where its value is written.</summary>
public sealed record ChartBar(FigureSeries Series, string SeriesClass, string X, string Y, string Width, string Height, string ValueX, string ValueY, string Value);

/// <summary>A legend entry: its series and CSS class, the swatch's x and the name's x.</summary>
public sealed record ChartLegendEntry(FigureSeries Series, string SeriesClass, string X, string TextX);

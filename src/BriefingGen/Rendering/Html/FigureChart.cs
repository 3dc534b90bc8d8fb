using System.Globalization;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>A horizontal bar chart of a figure, as SVG made at build time (no JavaScript), labelled for screen readers.</summary>
public static class FigureChart
{
    private const int MaxLabelWidth = 260;
    private const double CharWidth = 7.2;
    private const int LineHeight = 14;
    private const int BarArea = 360;
    private const int BarHeight = 18;
    private const int Gap = 6;
    private static readonly string[] SeriesClasses = ["s0", "s1", "s2", "s3", "s4", "s5"];

    public static string Svg(Figure figure)
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
        var LabelWidth = labelWidth;
        var id = Escape.Html(figure.Id);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bar-chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"chart-title-{id} chart-desc-{id}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append("<title id=\"chart-title-").Append(id).Append("\">").Append(Escape.Html(figure.Title)).Append("</title>\n");
        svg.Append("<desc id=\"chart-desc-").Append(id).Append("\">").Append(Escape.Html(Describe(figure))).Append("</desc>\n");
        var y = legendHeight;
        for (var c = 0; c < figure.Categories.Count; c++)
        {
            var groupHeight = groupHeights[c];
            var firstLineY = y + groupHeight / 2 + 4 - (labels[c].Count - 1) * LineHeight / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{firstLineY}\" text-anchor=\"end\">");
            for (var line = 0; line < labels[c].Count; line++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{LabelWidth - 8}\" dy=\"{(line == 0 ? 0 : LineHeight)}\">")
                    .Append(Escape.Html(labels[c][line])).Append("</tspan>");
            }

            svg.Append("</text>\n");
            for (var s = 0; s < figure.Series.Count; s++)
            {
                var value = figure.Series[s].Values[c];
                var barY = y + (groupHeight - figure.Series.Count * BarHeight) / 2 + s * BarHeight;
                var barWidth = value is null ? 0 : (double)(value.Value / max) * BarArea;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar {SeriesClasses[s % SeriesClasses.Length]}\" x=\"{LabelWidth}\" y=\"{barY}\" width=\"{barWidth:0.#}\" height=\"{BarHeight - 3}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + barWidth + 4:0.#}\" y=\"{barY + BarHeight - 6}\">")
                    .Append(Escape.Html(ItemHtml.FormatValue(value, figure.Unit))).Append("</text>\n");
            }

            y += groupHeight;
        }

        if (figure.Series.Count > 1)
        {
            var x = labelWidth;
            for (var s = 0; s < figure.Series.Count; s++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {SeriesClasses[s % SeriesClasses.Length]}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{x + 16}\" y=\"14\">").Append(Escape.Html(figure.Series[s].Name)).Append("</text>\n");
                x += 24 + figure.Series[s].Name.Length * 7;
            }
        }

        return svg.Append("</svg>\n").ToString();
    }

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

    /// <summary>The chart in words, for screen readers: every value of every series.</summary>
    public static string Describe(Figure figure)
    {
        var parts = figure.Series.Select(series =>
            (figure.Series.Count > 1 ? series.Name + ": " : "") +
            string.Join(", ", figure.Categories.Select((category, i) => $"{category} {ItemHtml.FormatValue(series.Values[i], figure.Unit)}")));
        return "Bar chart. " + string.Join(". ", parts) + ".";
    }
}

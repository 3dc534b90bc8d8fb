using BriefingGen.Model;

namespace BriefingGen.Rendering.Charts;

/// <summary>Columns or lines over a vertical value axis, a band per category along the bottom (column, grouped, stacked, line).</summary>
internal static class VerticalChart
{
    private const double PlotHeight = 240;
    private const double WidestColumn = 44;
    private const double WidestStack = 56;

    // Room above the highest column (and below the lowest) for its value label.
    private const double LabelRoom = 20;

    public static ChartBody Draw(ChartFrame frame)
    {
        var figure = frame.Figure;
        var plotTop = frame.Top + 4;
        var plotBottom = plotTop + PlotHeight;
        var (low, _) = frame.Extent();
        var scale = frame.Scale(plotBottom - (low < 0 ? LabelRoom : 0), plotTop + LabelRoom, ChartTextSize.LineHeight * 1.8);
        var tickWidth = scale.Ticks.Max(t => ChartTextSize.Width(frame.Format(t)));
        var titleRoom = figure.AxisLabel is null ? 0 : ChartTextSize.LineHeight + 8;
        var plotLeft = ChartFrame.Margin + titleRoom + tickWidth + 8;
        var plotRight = frame.Width - ChartFrame.Margin;
        var band = (plotRight - plotLeft) / figure.Categories.Count;
        var labels = figure.Categories.Select(c => ChartTextSize.Wrap(c, Math.Max(3, (int)((band - 6) / ChartTextSize.CharWidth)))).ToList();

        var categories = new List<ChartCategoryLabel>();
        var bars = new List<ChartBar>();
        var totals = new List<ChartText>();
        for (var c = 0; c < figure.Categories.Count; c++)
        {
            var left = plotLeft + band * c;
            var centre = ChartFrame.N(left + band / 2);
            var lines = labels[c].Select((line, i) => new ChartLabelLine(line, ChartFrame.N(i == 0 ? 0 : ChartTextSize.LineHeight))).ToList();
            categories.Add(new ChartCategoryLabel(figure.Categories[c], centre, ChartFrame.N(plotBottom + 20), "middle", lines));
            if (figure.Chart == ChartKind.Stacked)
            {
                Stack(frame, scale, c, left, band, bars, totals);
            }
            else if (figure.Chart != ChartKind.Line)
            {
                var width = Math.Min(WidestColumn, band * 0.8 / frame.SeriesCount);
                var groupLeft = left + (band - width * frame.SeriesCount) / 2;
                for (var s = 0; s < frame.SeriesCount; s++)
                {
                    if (figure.Series[s].Values[c] is { } value)
                    {
                        // Side by side, each column gives a unit of gap on either side, so that the group stays centred.
                        var gap = frame.SeriesCount > 1 ? 1 : 0;
                        bars.Add(Column(frame, scale, s, value, 0, value, groupLeft + s * width + gap, width - 2 * gap, inside: false));
                    }
                }
            }
        }

        var chartLines = figure.Chart == ChartKind.Line ? Lines(frame, scale, plotLeft, band, plotTop) : [];
        var ticks = scale.Ticks.Select(t =>
        {
            var y = scale.At(t);
            return new ChartTick(new ChartRule(ChartFrame.N(plotLeft), ChartFrame.N(y), ChartFrame.N(plotRight), ChartFrame.N(y)),
                new ChartText(frame.Format(t), ChartFrame.N(plotLeft - 6), ChartFrame.N(y + 5), "end") { CssClass = "tick" }, t == 0);
        }).ToList();
        ChartText? title = null;
        if (figure.AxisLabel is { } axis)
        {
            var (x, y) = (ChartFrame.N(ChartFrame.Margin + ChartTextSize.LineHeight - 4), ChartFrame.N((plotTop + plotBottom) / 2));
            title = new ChartText(axis, x, y, "middle") { CssClass = "axis-title", Transform = $"rotate(-90 {x} {y})" };
        }

        var zero = ChartFrame.N(scale.At(0));
        var height = plotBottom + 20 + labels.Max(l => l.Count) * ChartTextSize.LineHeight;
        return new ChartBody(ticks, new ChartRule(ChartFrame.N(plotLeft), zero, ChartFrame.N(plotRight), zero), title, categories, bars, totals, chartLines, height);
    }

    private static void Stack(ChartFrame frame, ValueScale scale, int category, double left, double band, List<ChartBar> bars, List<ChartText> totals)
    {
        var width = Math.Min(WidestStack, band * 0.6);
        var x = left + (band - width) / 2;
        var segments = frame.Segments(category);
        foreach (var segment in segments)
        {
            bars.Add(Column(frame, scale, segment.Series, segment.Value, segment.From, segment.To, x, width, inside: true));
        }

        if (frame.SeriesCount > 1)
        {
            foreach (var (sum, up) in ChartFrame.Totals(segments))
            {
                var end = scale.At(sum);
                totals.Add(new ChartText(frame.Format(sum), ChartFrame.N(x + width / 2), ChartFrame.N(up ? end - 6 : end + 16), "middle") { CssClass = "value total" });
            }
        }
    }

    // A column from 'from' to 'to' on the axis; its label above its top (below, when negative), or inside it when stacked and it fits.
    private static ChartBar Column(ChartFrame frame, ValueScale scale, int series, decimal value, decimal from, decimal to, double x, double width, bool inside)
    {
        var (start, end) = (scale.At(from), scale.At(to));
        var (top, bottom) = (Math.Min(start, end), Math.Max(start, end));
        var label = frame.Format(value);
        var centre = ChartFrame.N(x + width / 2);
        ChartText? text = inside
            ? bottom - top >= ChartTextSize.LineHeight + 2 && width >= ChartTextSize.Width(label) + 4
                ? new ChartText(label, centre, ChartFrame.N((top + bottom) / 2 + 5), "middle") { CssClass = "value inside" }
                : null
            : new ChartText(label, centre, ChartFrame.N(value >= 0 ? top - 6 : bottom + 16), "middle");
        return new ChartBar(frame.Figure.Series[series].Name, ChartFrame.SeriesClass(series), ChartFrame.Patterned(series),
            ChartFrame.N(x), ChartFrame.N(top), ChartFrame.N(width), ChartFrame.N(bottom - top), text);
    }

    private static List<ChartLine> Lines(ChartFrame frame, ValueScale scale, double plotLeft, double band, double plotTop)
    {
        var figure = frame.Figure;
        var labels = Enumerable.Range(0, figure.Categories.Count).Select(c => LabelHeights(figure, scale, c, plotTop + 12)).ToList();
        var lines = new List<ChartLine>();
        for (var s = 0; s < frame.SeriesCount; s++)
        {
            var segments = new List<string>();
            var run = new List<string>();
            var markers = new List<string>();
            var values = new List<ChartText>();
            for (var c = 0; c < figure.Categories.Count; c++)
            {
                if (figure.Series[s].Values[c] is not { } value)
                {
                    Close(run, segments);
                    continue;
                }

                var (x, y) = (plotLeft + band * (c + .5), scale.At(value));
                run.Add(ChartFrame.N(x) + "," + ChartFrame.N(y));
                markers.Add(Marker(s, x, y));
                values.Add(new ChartText(frame.Format(value), ChartFrame.N(x), ChartFrame.N(labels[c][s]), "middle"));
            }

            Close(run, segments);
            lines.Add(new ChartLine(figure.Series[s].Name, ChartFrame.SeriesClass(s), segments, markers, values));
        }

        return lines;
    }

    /// <summary>
    /// Where a category's value labels go, by series: each above its point, moved apart so that no two overlap (from
    /// the lowest up, each at least a line above the one below), and all moved down if that takes the highest past <paramref name="top"/>.
    /// </summary>
    private static Dictionary<int, double> LabelHeights(Figure figure, ValueScale scale, int category, double top)
    {
        var wanted = Enumerable.Range(0, figure.Series.Count)
            .Where(s => figure.Series[s].Values[category] is not null)
            .Select(s => (Series: s, Y: scale.At(figure.Series[s].Values[category]!.Value) - 10))
            .OrderByDescending(l => l.Y).ThenBy(l => l.Series).ToList();
        var placed = new double[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            placed[i] = i == 0 ? wanted[i].Y : Math.Min(wanted[i].Y, placed[i - 1] - (ChartTextSize.LineHeight - 1));
        }

        var over = wanted.Count == 0 ? 0 : Math.Max(0, top - placed[^1]);
        return wanted.Select((label, i) => (label.Series, Y: placed[i] + over)).ToDictionary(l => l.Series, l => l.Y);
    }

    private static void Close(List<string> run, List<string> segments)
    {
        if (run.Count > 0)
        {
            segments.Add(string.Join(" ", run));
            run.Clear();
        }
    }

    /// <summary>A series' marker at (x, y): a circle, square, triangle, diamond, downward triangle or cross, so that lines differ by shape.</summary>
    public static string Marker(int series, double x, double y)
    {
        string P(double dx, double dy) => ChartFrame.N(x + dx) + " " + ChartFrame.N(y + dy);
        return (series % 6) switch
        {
            0 => $"M{P(-4.5, 0)}A4.5 4.5 0 1 0 {P(4.5, 0)}A4.5 4.5 0 1 0 {P(-4.5, 0)}Z",
            1 => $"M{P(-4, -4)}L{P(4, -4)}L{P(4, 4)}L{P(-4, 4)}Z",
            2 => $"M{P(0, -5.5)}L{P(5, 4)}L{P(-5, 4)}Z",
            3 => $"M{P(0, -5.5)}L{P(5.5, 0)}L{P(0, 5.5)}L{P(-5.5, 0)}Z",
            4 => $"M{P(0, 5.5)}L{P(5, -4)}L{P(-5, -4)}Z",
            _ => $"M{P(-4, -4)}L{P(4, 4)}M{P(4, -4)}L{P(-4, 4)}",
        };
    }
}

namespace BriefingGen.Rendering.Charts;

/// <summary>Bars along a horizontal value axis, a band per category down the side (bar, stacked-bar).</summary>
internal static class HorizontalChart
{
    // A category's label wraps at about a twentieth of the chart's width in characters (24 on the wide chart).
    private const double LabelLineShare = 19;
    private const double BarThickness = 22;
    private const double GroupedThickness = 17;
    private const double BarGap = 3;

    public static ChartBody Draw(ChartFrame frame)
    {
        var figure = frame.Figure;
        var longestLine = (int)(frame.Width / LabelLineShare);
        var labels = figure.Categories.Select(c => ChartTextSize.Wrap(c, Math.Clamp(c.Length, 4, longestLine))).ToList();
        var labelWidth = labels.SelectMany(l => l).Max(ChartTextSize.Width);
        var plotLeft = ChartFrame.Margin + labelWidth + 10;
        var plotRight = frame.Width - ChartFrame.Margin;

        // Room beyond the bars' ends for their value labels (a stack's labels sit inside it, its total beyond its end).
        var outside = OutsideLabels(frame);
        var padRight = outside.Where(v => v >= 0).Select(v => ChartTextSize.Width(frame.Format(v)) + 6).DefaultIfEmpty(0).Max();
        var padLeft = outside.Where(v => v < 0).Select(v => ChartTextSize.Width(frame.Format(v)) + 6).DefaultIfEmpty(0).Max();
        // The last tick's label is centred on the axis's end: half of it, and a digit more for rounding up, must fit.
        padRight = Math.Max(padRight, (ChartTextSize.Width(frame.Format(frame.Extent().High)) + ChartTextSize.CharWidth) / 2);
        var scale = frame.Scale(plotLeft + padLeft, plotRight - padRight, 0);
        var zero = scale.At(0);

        var slots = frame.Stacked ? 1 : frame.SeriesCount;
        var thickness = slots == 1 ? BarThickness : GroupedThickness;
        var plotTop = frame.Top + 4;
        var y = plotTop;
        var categories = new List<ChartCategoryLabel>();
        var bars = new List<ChartBar>();
        var totals = new List<ChartText>();
        for (var c = 0; c < figure.Categories.Count; c++)
        {
            var band = Math.Max(labels[c].Count * ChartTextSize.LineHeight + 10, slots * thickness + 14);
            var barsTop = y + (band - slots * thickness) / 2;
            var lines = labels[c].Select((line, i) => new ChartLabelLine(line, ChartFrame.N(i == 0 ? 0 : ChartTextSize.LineHeight))).ToList();
            var labelY = y + band / 2 + 5 - (labels[c].Count - 1) * ChartTextSize.LineHeight / 2;
            categories.Add(new ChartCategoryLabel(figure.Categories[c], ChartFrame.N(plotLeft - 8), ChartFrame.N(labelY), "end", lines));
            if (frame.Stacked)
            {
                Stack(frame, scale, c, barsTop, thickness, bars, totals);
            }
            else
            {
                for (var s = 0; s < frame.SeriesCount; s++)
                {
                    if (figure.Series[s].Values[c] is { } value)
                    {
                        bars.Add(Bar(frame, scale, s, value, value, 0, barsTop + s * thickness, thickness, inside: false));
                    }
                }
            }

            y += band;
        }

        var plotBottom = y;
        var ticks = scale.Ticks.Select(t =>
        {
            var x = ChartFrame.N(scale.At(t));
            return new ChartTick(new ChartRule(x, ChartFrame.N(plotTop), x, ChartFrame.N(plotBottom)),
                new ChartText(frame.Format(t), x, ChartFrame.N(plotBottom + 18), "middle") { CssClass = "tick" }, t == 0);
        }).ToList();
        var title = figure.AxisLabel is { } axis
            ? new ChartText(axis, ChartFrame.N((scale.At(scale.Min) + scale.At(scale.Max)) / 2), ChartFrame.N(plotBottom + 40), "middle") { CssClass = "axis-title" }
            : null;
        var zeroRule = new ChartRule(ChartFrame.N(zero), ChartFrame.N(plotTop), ChartFrame.N(zero), ChartFrame.N(plotBottom));
        return new ChartBody(ticks, zeroRule, title, categories, bars, totals, [], plotBottom + (title is null ? 28 : 50));
    }

    // The values whose labels sit beyond a bar's end: every value, or each stack's totals.
    private static List<decimal> OutsideLabels(ChartFrame frame)
    {
        var values = new List<decimal>();
        for (var c = 0; c < frame.Figure.Categories.Count; c++)
        {
            if (!frame.Stacked)
            {
                values.AddRange(frame.Figure.Series.Select(s => s.Values[c]).OfType<decimal>());
            }
            else if (frame.SeriesCount > 1)
            {
                values.AddRange(ChartFrame.Totals(frame.Segments(c)).Select(t => t.Sum));
            }
        }

        return values;
    }

    private static void Stack(ChartFrame frame, ValueScale scale, int category, double top, double thickness, List<ChartBar> bars, List<ChartText> totals)
    {
        var segments = frame.Segments(category);
        foreach (var segment in segments)
        {
            bars.Add(Bar(frame, scale, segment.Series, segment.Value, segment.To, segment.From, top, thickness, inside: true));
        }

        if (frame.SeriesCount > 1)
        {
            foreach (var (sum, up) in ChartFrame.Totals(segments))
            {
                var end = scale.At(sum);
                totals.Add(new ChartText(frame.Format(sum), ChartFrame.N(up ? end + 4 : end - 4), ChartFrame.N(top + thickness / 2 + 5), up ? "start" : "end") { CssClass = "value total" });
            }
        }
    }

    // A bar from 'from' to 'to' on the axis (from zero, or from the stack below it); its label beyond its end, or inside it when stacked and it fits.
    private static ChartBar Bar(ChartFrame frame, ValueScale scale, int series, decimal value, decimal to, decimal from, double top, double thickness, bool inside)
    {
        var (start, end) = (scale.At(from), scale.At(to));
        var (left, right) = (Math.Min(start, end), Math.Max(start, end));
        var height = thickness - BarGap;
        top += BarGap / 2;
        var label = frame.Format(value);
        var textY = ChartFrame.N(top + height / 2 + 5);
        ChartText? text = inside
            ? right - left >= ChartTextSize.Width(label) + 6 ? new ChartText(label, ChartFrame.N((left + right) / 2), textY, "middle") { CssClass = "value inside" } : null
            : value >= 0 ? new ChartText(label, ChartFrame.N(right + 4), textY, "start") : new ChartText(label, ChartFrame.N(left - 4), textY, "end");
        return new ChartBar(frame.Figure.Series[series].Name, ChartFrame.SeriesClass(series), ChartFrame.Patterned(series),
            ChartFrame.N(left), ChartFrame.N(top), ChartFrame.N(right - left), ChartFrame.N(height), text);
    }
}

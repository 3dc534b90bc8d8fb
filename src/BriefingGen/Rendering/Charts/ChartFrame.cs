using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Charts;

/// <summary>What both orientations of chart share: the figure, its numbers in the site's language, its extent, the legend's room.</summary>
internal sealed class ChartFrame(Figure figure, CultureInfo culture, double top, double width)
{
    /// <summary>The SVG's width in its own units; it scales to the column it sits in.</summary>
    public double Width { get; } = width;

    public const double Margin = 8;

    public Figure Figure { get; } = figure;

    /// <summary>Where the plot may start: below the legend.</summary>
    public double Top { get; } = top;

    public int SeriesCount => Figure.Series.Count;

    public bool Stacked => Figure.Chart.IsStacked();

    public string Format(decimal value) => ChartNumbers.Format(value, Figure.Unit, culture);

    /// <summary>The lowest and highest values the axis must reach: each value, or for stacked bars each stack's ends.</summary>
    public (decimal Low, decimal High) Extent()
    {
        var (low, high) = (0m, 0m);
        for (var c = 0; c < Figure.Categories.Count; c++)
        {
            if (Stacked)
            {
                var segments = Segments(c);
                low = Math.Min(low, segments.Select(s => Math.Min(s.From, s.To)).DefaultIfEmpty(0).Min());
                high = Math.Max(high, segments.Select(s => Math.Max(s.From, s.To)).DefaultIfEmpty(0).Max());
            }
            else
            {
                foreach (var series in Figure.Series)
                {
                    if (series.Values[c] is { } value)
                    {
                        (low, high) = (Math.Min(low, value), Math.Max(high, value));
                    }
                }
            }
        }

        return (low, high);
    }

    /// <summary>
    /// A category's stack: positive values piled up from zero, negative ones down from it, each series in order, so
    /// that the stack's end is the sum of its values on that side.
    /// </summary>
    public List<StackSegment> Segments(int category)
    {
        var segments = new List<StackSegment>();
        var (up, down) = (0m, 0m);
        for (var s = 0; s < SeriesCount; s++)
        {
            if (Figure.Series[s].Values[category] is not { } value)
            {
                continue;
            }

            if (value >= 0)
            {
                segments.Add(new StackSegment(s, value, up, up + value));
                up += value;
            }
            else
            {
                segments.Add(new StackSegment(s, value, down, down + value));
                down += value;
            }
        }

        return segments;
    }

    /// <summary>A stack's totals beyond its ends: the positive values' sum, and the negative values' when there are any.</summary>
    public static IEnumerable<(decimal Sum, bool Up)> Totals(IReadOnlyList<StackSegment> segments)
    {
        if (segments.Any(s => s.Value >= 0))
        {
            yield return (segments.Where(s => s.Value >= 0).Sum(s => s.Value), true);
        }

        if (segments.Any(s => s.Value < 0))
        {
            yield return (segments.Where(s => s.Value < 0).Sum(s => s.Value), false);
        }
    }

    /// <summary>A scale over the figure's extent between two coordinates, with as many ticks as leave their labels room.</summary>
    public ValueScale Scale(double from, double to, double labelRoom)
    {
        var (low, high) = Extent();
        for (var ticks = 6; ; ticks--)
        {
            var scale = ValueScale.Nice(low, high, ticks, from, to);
            var room = labelRoom > 0 ? labelRoom : scale.Ticks.Max(t => ChartTextSize.Width(Format(t))) + 12;
            if (ticks == 2 || Math.Abs(scale.At(scale.Step) - scale.At(0)) >= room)
            {
                return scale;
            }
        }
    }

    public static string SeriesClass(int series) => "s" + (series % 6).ToString(CultureInfo.InvariantCulture);

    /// <summary>Every series after the first has a pattern over its colour, so that bars differ by more than hue.</summary>
    public static bool Patterned(int series) => series % 6 != 0;

    /// <summary>A coordinate as the SVG is written: invariant, to a tenth.</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }
}

/// <summary>One value of a stack: its series, the value, and where it starts and ends on the axis.</summary>
internal sealed record StackSegment(int Series, decimal Value, decimal From, decimal To);

/// <summary>What an orientation draws: the axis, the categories' labels, the bars or lines, and the height it took.</summary>
internal sealed record ChartBody(
    IReadOnlyList<ChartTick> Ticks,
    ChartRule Zero,
    ChartText? AxisTitle,
    IReadOnlyList<ChartCategoryLabel> Categories,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<ChartText> Totals,
    IReadOnlyList<ChartLine> Lines,
    double Height);

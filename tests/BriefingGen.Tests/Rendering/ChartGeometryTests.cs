using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Model.Language;
using BriefingGen.Rendering.Charts;

namespace BriefingGen.Tests.Rendering;

/// <summary>The geometry C# computes for a chart: round ticks through zero, bars below zero, stacks that add up, groups side by side, numbers in the site's language.</summary>
public sealed class ChartGeometryTests
{
    [Theory]
    [InlineData("0.3", "0.5")]
    [InlineData("1", "1")]
    [InlineData("7", "10")]
    [InlineData("12", "20")]
    [InlineData("2189", "5000")]
    [InlineData("0.02", "0.02")]
    public void A_step_is_one_two_or_five_times_a_power_of_ten(string rough, string step) =>
        Assert.Equal(decimal.Parse(step, CultureInfo.InvariantCulture), ValueScale.NiceStep(decimal.Parse(rough, CultureInfo.InvariantCulture)));

    [Fact]
    public void The_axis_runs_from_zero_to_a_round_number_past_the_highest_value()
    {
        var scale = ValueScale.Nice(48, 79, 5, 0, 100);
        Assert.Equal(new[] { 0m, 20m, 40m, 60m, 80m }, scale.Ticks);
        Assert.Equal(0, scale.At(0));
        Assert.Equal(100, scale.At(80));
    }

    [Fact]
    public void A_negative_value_takes_the_axis_below_zero_with_zero_a_tick()
    {
        var scale = ValueScale.Nice(-246, 10700, 5, 0, 100);
        Assert.Equal(-5000m, scale.Min);
        Assert.Equal(15000m, scale.Max);
        Assert.Contains(0m, scale.Ticks);
    }

    [Fact]
    public void A_negative_bar_goes_left_of_the_zero_line_with_a_positive_width()
    {
        var chart = Chart(ChartKind.Bar, ("Change", [10700m, -246m]));
        var zero = N(chart.Zero.X1);
        var (up, down) = (chart.Bars[0], chart.Bars[1]);
        Near(zero, N(up.X));
        Assert.True(N(down.Width) > 0, $"width {down.Width}");
        Near(zero, N(down.X) + N(down.Width));
        Assert.Equal("-246", down.Value!.Text);
        Assert.Equal("end", down.Value.Anchor);
        Assert.True(N(down.Value.X) < N(down.X), "the negative value's label sits beyond the bar's end");
    }

    [Fact]
    public void A_negative_column_hangs_below_the_zero_line_with_a_positive_height()
    {
        var chart = Chart(ChartKind.Column, ("Change", [12.5m, -4m]));
        var zero = N(chart.Zero.Y1);
        var (up, down) = (chart.Bars[0], chart.Bars[1]);
        Near(zero, N(up.Y) + N(up.Height));
        Near(zero, N(down.Y));
        Assert.True(N(down.Height) > 0);
        Assert.True(N(down.Value!.Y) > N(down.Y) + N(down.Height), "the negative value's label is below its column");
    }

    [Fact]
    public void A_stack_piles_each_series_on_the_one_before_and_its_total_is_the_sum()
    {
        var chart = Chart(ChartKind.Stacked, ("Week", [28m, 20m]), ("Month", [43m, -10m]), ("Never", [29m, 30m]));
        var first = chart.Bars.Take(3).ToList();
        Near(N(first[0].Y), N(first[1].Y) + N(first[1].Height));
        Near(N(first[1].Y), N(first[2].Y) + N(first[2].Height));
        Near(N(chart.Zero.Y1), N(first[0].Y) + N(first[0].Height));
        Assert.Equal(new[] { "100", "50", "-10" }, chart.Totals.Select(t => t.Text));
        // The negative value of the second stack hangs below zero, while its positive ones pile above.
        var negative = chart.Bars.Single(b => b.Series == "Month" && N(b.Y) >= N(chart.Zero.Y1) - 0.1);
        Near(N(chart.Zero.Y1), N(negative.Y));
        var tick100 = chart.Ticks.Single(t => t.Label.Text == "100");
        Near(N(tick100.Rule.Y1), N(first[2].Y));
    }

    [Fact]
    public void A_horizontal_stack_lays_each_series_end_to_end_in_proportion()
    {
        var chart = Chart(ChartKind.StackedBar, ("A", [30m]), ("B", [50m]));
        var (a, b) = (chart.Bars[0], chart.Bars[1]);
        Near(N(chart.Zero.X1), N(a.X));
        Near(N(a.X) + N(a.Width), N(b.X));
        Near(50.0 / 30, N(b.Width) / N(a.Width), 0.01);
        Assert.Equal("80", Assert.Single(chart.Totals).Text);
    }

    [Fact]
    public void Grouped_columns_sit_side_by_side_centred_on_their_category()
    {
        var chart = Chart(ChartKind.Grouped, ("Believe", [79m, 77m, 71m]), ("Involved", [48m, 56m, 51m]));
        for (var c = 0; c < 3; c++)
        {
            var (a, b) = (chart.Bars[c * 2], chart.Bars[c * 2 + 1]);
            Assert.True(N(a.X) + N(a.Width) <= N(b.X), "the group's columns overlap");
            Near(N(chart.Categories[c].X), (N(a.X) + N(b.X) + N(b.Width)) / 2);
            Assert.Equal("s0", a.SeriesClass);
            Assert.Equal("s1", b.SeriesClass);
            Assert.True(b.Patterned && !a.Patterned, "the second series has a pattern, the first none");
        }

        Assert.Equal(new[] { "Believe", "Involved" }, chart.Legend.Select(l => l.Series));
    }

    [Fact]
    public void A_line_breaks_where_a_value_is_missing_and_marks_each_value()
    {
        var chart = Chart(ChartKind.Line, ("North", [1200m, null, 8400m, 9000m]), ("South", [900m, 4300m, 5100m, 6200m]));
        Assert.Equal(2, chart.Lines[0].Segments.Count);
        Assert.Equal(3, chart.Lines[0].Markers.Count);
        Assert.Single(chart.Lines[1].Segments);
        Assert.StartsWith("M", chart.Lines[0].Markers[0]); // path data
        Assert.Empty(chart.Bars);
        Assert.Contains(chart.Lines[0].Values, v => v.Text == "8,400");
        Assert.NotNull(chart.Legend[0].Marker);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    public void Numbers_are_written_as_the_sites_language_writes_them(string language)
    {
        var culture = Text(language).Culture;
        Assert.Equal("10,700", ChartNumbers.Format(10700m, "", culture));
        Assert.Equal("1,234.5%", ChartNumbers.Format(1234.5m, "%", culture));
        Assert.Equal("-246", ChartNumbers.Format(-246m, "", culture));
        Assert.Equal("–", ChartNumbers.Format(null, "%", culture));
        var chart = FigureChart.Geometry(Figure(ChartKind.Column, ("People", [10700m, 8200m])), Text(language));
        Assert.Contains(chart.Ticks, t => t.Label.Text == "10,000");
        Assert.Contains(chart.Bars, b => b.Value?.Text == "10,700");
    }

    [Fact]
    public void The_text_alternative_names_the_kind_of_chart_in_the_sites_language()
    {
        var figure = Figure(ChartKind.Line, ("People", [10700m, 8200m]));
        Assert.Equal("Line chart. A 10,700, B 8,200.", FigureChart.Describe(figure, Text("en")));
        Assert.StartsWith("Siart llinell. A 10,700", FigureChart.Describe(figure, Text("cy")));
    }

    private static ChartModel Chart(ChartKind kind, params (string Name, decimal?[] Values)[] series) =>
        FigureChart.Geometry(Figure(kind, series), Text("en"));

    private static Figure Figure(ChartKind kind, params (string Name, decimal?[] Values)[] series)
    {
        var categories = Enumerable.Range(0, series[0].Values.Length).Select(i => ((char)('A' + i)).ToString()).ToList();
        return new Figure("f", "F", null, null, "", categories, series.Select(s => new FigureSeries(s.Name, s.Values)).ToList(),
            SourceSpan.File("figures.yml")) { Chart = kind };
    }

    private static InterfaceText Text(string language) => InterfaceLanguage.Choose(language, [], new DiagnosticBag(), null);

    private static void Near(double expected, double actual, double within = 0.15) =>
        Assert.True(Math.Abs(expected - actual) <= within, $"{actual} is not {expected}");

    private static double N(string number) => double.Parse(number, CultureInfo.InvariantCulture);
}

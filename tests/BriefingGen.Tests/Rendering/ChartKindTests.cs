using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// Each kind of chart an editor may choose, drawn on a page that embeds it: an axis with ticks and grid lines, every
/// category and value written, no shape of negative size, a legend for several series, and the text alternative and
/// data table kept.
/// </summary>
public sealed class ChartKindTests
{
    private static string Figures(string chart, string? language = null) =>
        (language is null ? "" : $"-- site.config.yml --\ntitle: Test briefings\nlanguage: {language}\n") +
        "-- content/data/figures.yml --\n" +
        "- id: budgets\n" +
        "  title: Ward budgets\n" +
        $"  chart: {chart}\n" +
        "  axis_label: Pounds per ward\n" +
        "  categories: [North ward, Centre, South ward with a long name]\n" +
        "  series:\n" +
        "    - { name: First year, values: [10700, -246, 5100] }\n" +
        "    - { name: Second year, values: [8400, 1200, null] }\n" +
        "-- content/case-studies/wards.md --\n---\ntitle: Wards\n---\nThe budgets:\n\n{{< figure budgets >}}\n";

    [Theory]
    [InlineData("bar")]
    [InlineData("column")]
    [InlineData("grouped")]
    [InlineData("stacked")]
    [InlineData("stacked-bar")]
    [InlineData("line")]
    public void Each_kind_of_chart_draws_its_axis_labels_and_values_and_keeps_its_data_table(string chart)
    {
        using var site = TestSite.With(Figures(chart));
        DiagnosticAssert.Clean(site.Build());

        var figure = Figure(site.ReadOutput("case-studies/wards/index.html"));
        var svg = figure.QuerySelector("svg.chart-svg")!;
        Assert.Contains(chart, svg.ClassList);
        Assert.Matches(@"^0 0 \d+(\.\d)? \d+(\.\d)?$", svg.GetAttribute("viewBox"));
        foreach (var shape in svg.QuerySelectorAll("rect"))
        {
            Assert.True(Number(shape, "width") >= 0 && Number(shape, "height") >= 0, shape.OuterHtml);
        }

        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.True(svg.QuerySelectorAll("line.grid-line").Length >= 3, "fewer than three grid lines");
        Assert.True(svg.QuerySelectorAll("text.tick").Length >= 3, "fewer than three ticks");
        Assert.Contains(svg.QuerySelectorAll("text.tick"), t => t.TextContent == "0");
        Assert.Contains("Pounds per ward", texts);
        Assert.Contains("North ward", texts);
        Assert.Contains("Centre", texts);
        Assert.Contains(svg.QuerySelectorAll("text.category tspan"), t => t.TextContent.Contains("long", StringComparison.Ordinal));
        Assert.Equal(new[] { "First year", "Second year" }, svg.QuerySelectorAll("text.legend").Select(t => t.TextContent));
        if (chart.StartsWith("stacked", StringComparison.Ordinal))
        {
            Assert.Contains("19,100", texts); // North ward's total
            Assert.Contains("-246", texts); // Centre's negative value, below zero
        }
        else
        {
            Assert.Contains("10,700", texts);
            Assert.Contains("-246", texts);
            Assert.Contains("8,400", texts);
        }

        if (chart == "line")
        {
            Assert.Equal(2, svg.QuerySelectorAll("polyline.line").Length); // a line per series, the second ending at its missing value
            Assert.Equal(5, svg.QuerySelectorAll("path.marker").Length - 2); // five values, and a marker on each legend line
        }
        else
        {
            Assert.Equal(5, svg.QuerySelectorAll("rect.bar").Length - 2); // five values, and a swatch for each series
            Assert.NotEmpty(svg.QuerySelectorAll("pattern"));
        }

        Assert.Contains("10,700", svg.QuerySelector("desc")!.TextContent);
        var table = figure.QuerySelector("details.figure-data-toggle table.figure-data")!;
        Assert.Equal(new[] { "10,700", "8,400", "-246", "1,200", "5,100", "–" }, table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void A_figure_without_a_kind_is_drawn_as_horizontal_bars_as_before()
    {
        using var site = TestSite.With(Figures("bar").Replace("  chart: bar\n", "", StringComparison.Ordinal));
        DiagnosticAssert.Clean(site.Build());
        Assert.Contains("bar", Figure(site.ReadOutput("case-studies/wards/index.html")).QuerySelector("svg.chart-svg")!.ClassList);
    }

    [Fact]
    public void An_unknown_kind_of_chart_is_an_error_at_its_value_with_the_nearest_kind()
    {
        using var site = TestSite.With(Figures("colum"));
        var result = site.Build();
        DiagnosticAssert.At(result, "BG0612", "content/data/figures.yml", 3, 10);
        Assert.Contains("'colum' is not a kind of chart (did you mean 'column'?)", DiagnosticAssert.Single(result, "BG0612").Message);
    }

    [Fact]
    public void A_value_too_large_to_chart_is_an_error_at_the_value()
    {
        using var site = TestSite.With(Figures("stacked").Replace("[10700, -246, 5100]", "[10700, 1e20, 5100]", StringComparison.Ordinal));
        var result = site.Build();
        DiagnosticAssert.At(result, "BG0612", "content/data/figures.yml", 7, 43);
    }

    [Fact]
    public void A_welsh_site_writes_the_charts_numbers_and_words_in_welsh()
    {
        using var site = new TestSite(Figures("column", "cy") + "-- content/_index.md --\n---\ntitle: Hafan\n---\nCroeso.\n");
        DiagnosticAssert.Clean(site.Build());
        var svg = Figure(site.ReadOutput("case-studies/wards/index.html")).QuerySelector("svg.chart-svg")!;
        Assert.StartsWith("Siart colofn.", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "10,700");
    }

    private static IElement Figure(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("figure.chart") ?? throw new InvalidOperationException("no figure in the page");

    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute) ?? "0", CultureInfo.InvariantCulture);
}

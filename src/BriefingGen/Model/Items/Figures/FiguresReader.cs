using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using BriefingGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Model.Data;

/// <summary>Reads <c>figures</c> data: categories and series of numbers, one value per category.</summary>
public static class FiguresReader
{
    private const decimal LargestValue = 1_000_000_000_000_000m;

    public static List<Figure> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var figures = DataItems.MapsOfKind(files, "figures", diagnostics).Select(ReadFigure).OfType<Figure>();
        return DataItems.Unique(figures, f => f.Id, f => f.Span, "figure", diagnostics);
    }

    private static Figure? ReadFigure(YamlMap map)
    {
        var id = DataItems.Id(map, "every figure");
        var title = map.String("title", required: true, owner: "every figure");
        var categories = map.StringList("categories");
        if (categories.Count == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidFigure, map.Span, "every figure needs 'categories': the bars, in order");
        }

        var series = new List<FigureSeries>();
        var written = 0;
        foreach (var entry in map.MapList("series"))
        {
            written++;
            var name = entry.String("name", required: true, owner: "every series");
            var values = ReadValues(entry, categories.Count);
            entry.ReportUnknownKeys(Items.Figures.FigureKeys.Series);
            if (name is not null && values is not null)
            {
                series.Add(new FigureSeries(name, values));
            }
        }

        // Series that were written but refused have their own errors.
        if (written == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidFigure, map.Span, "every figure needs at least one entry in 'series'");
        }

        var figure = new Figure(id ?? "", title ?? "", map.String("description"),
            map.String("source_note"), map.String("unit") ?? "", categories, series, map.Span)
        {
            Sources = map.LocatedStringList("source"),
            Chart = ReadChart(map),
            AxisLabel = map.String("axis_label"),
        };
        map.ReportUnknownKeys(Items.Figures.FigureKeys.Figure);
        return id is null || title is null || series.Count == 0 || categories.Count == 0 ? null : figure;
    }

    private static ChartKind ReadChart(YamlMap map)
    {
        if (map.LocatedString("chart") is not { } written)
        {
            return ChartKind.Bar;
        }

        if (ChartKinds.Parse(written.Value) is { } kind)
        {
            return kind;
        }

        var names = ChartKinds.Names.Select(n => n.Name).ToList();
        map.Diagnostics.Error(DiagnosticCodes.InvalidFigure, written.Span,
            $"'{written.Value}' is not a kind of chart{DidYouMean.Suggest(written.Value, names)}; write one of {string.Join(", ", names)}");
        return ChartKind.Bar;
    }

    private static List<decimal?>? ReadValues(YamlMap entry, int categoryCount)
    {
        var node = entry.Node("values");
        if (node is not YamlSequenceNode sequence)
        {
            entry.Diagnostics.Error(DiagnosticCodes.InvalidFigure, entry.SpanOf("values"),
                "every series needs 'values': a list of numbers, one per category");
            return null;
        }

        var values = new List<decimal?>();
        foreach (var item in sequence.Children)
        {
            if (YamlMap.IsNull(item))
            {
                values.Add(null);
            }
            else if (item is YamlScalarNode { Value: var text } &&
                     decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                // A chart adds and scales its values; past this no figure is real, and the sums would overflow.
                if (Math.Abs(value) > LargestValue)
                {
                    entry.Diagnostics.Error(DiagnosticCodes.InvalidFigure, entry.SpanOf(item),
                        $"a figure value must be between -{LargestValue:#,0} and {LargestValue:#,0}, not {text}");
                    return null;
                }

                values.Add(value);
            }
            else
            {
                entry.Diagnostics.Error(DiagnosticCodes.WrongType, entry.SpanOf(item), $"a figure value must be a number, not {YamlMap.Describe(item)}");
                return null;
            }
        }

        if (values.Count != categoryCount)
        {
            entry.Diagnostics.Error(DiagnosticCodes.InvalidFigure, entry.SpanOf("values"),
                $"this series has {values.Count} values but the figure has {categoryCount} categories; give one value per category (null where there is none)");
            return null;
        }

        return values;
    }
}

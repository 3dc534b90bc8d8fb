using BriefingGen.Printing;
using BriefingGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>A chart on paper: its axis, categories and values are text in the PDF, large enough to read at A4, and its caption and source are two lines.</summary>
public sealed class ChartPrintTests
{
    // The digits of Liberation Sans stand about 0.7 of the font's size: 5.6 pt digits are an 8 pt font.
    private const double SmallestDigitHeight = 5.6;

    [SkippableFact]
    public void A_charts_labels_print_as_text_at_a_readable_size_with_the_source_under_the_caption()
    {
        Skip.If(BrowserLocator.Find(null) is null, PrintedSite.NoBrowser);
        using var site = new TestSite(
            "-- site.config.yml --\ntitle: T\nbase_url: https://example.org/\n" +
            "-- content/data/references.yml --\n- id: ward-report\n  type: report\n  title: Ward budgets report\n  author: [{literal: Town Council}]\n  issued: 2024\n" +
            "-- content/data/figures.yml --\n" +
            "- id: budgets\n  title: Ward budgets\n  source: ward-report\n  chart: grouped\n  axis_label: Pounds per ward\n" +
            "  categories: [North ward, Centre, South ward]\n" +
            "  series:\n    - { name: First year, values: [10700, -246, 5100] }\n    - { name: Second year, values: [8400, 1200, 3900] }\n" +
            "-- content/case-studies/wards.md --\n---\ntitle: Wards\n---\nThe budgets:\n\n{{< figure budgets >}}\n");
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(site.Output, "case-studies/wards/wards-paper.pdf")));
        var page = pdf.GetPages().First(p => p.Text.Contains("10,700", StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        var missing = new[] { "10,700", "-246", "8,400", "0", "North", "Centre", "First", "Second" }.Where(label => !words.Any(w => w.Text == label)).ToList();
        Assert.True(missing.Count == 0, $"not in the paper's text: {string.Join(", ", missing)}; it has {string.Join(" ", words.Select(w => w.Text))}");

        var digits = words.Where(w => w.Text is "10,700" or "8,400" or "5,100" or "3,900")
            .SelectMany(w => w.Letters).Where(l => char.IsDigit(l.Value[0])).ToList();
        var smallest = digits.Min(l => l.BoundingBox.Height);
        Assert.True(smallest >= SmallestDigitHeight, $"the chart's digits are {smallest:0.0} pt tall (font {digits.Min(l => l.PointSize):0.0} pt), under an 8 pt font's");

        var caption = Line(words, "Ward", "budgets");
        var source = Line(words, "Source:");
        Assert.True(caption - source > 5, $"the caption (at {caption:0}) and 'Source:' (at {source:0}) share a line");
    }

    // The baseline of the line holding these words, one after the other.
    private static double Line(List<Word> words, params string[] text)
    {
        for (var i = 0; i + text.Length <= words.Count; i++)
        {
            if (text.Select((t, j) => words[i + j].Text == t).All(x => x))
            {
                return words[i].BoundingBox.Bottom;
            }
        }

        throw new Xunit.Sdk.XunitException($"no '{string.Join(" ", text)}' in the page: {string.Join(" ", words.Select(w => w.Text))}");
    }
}

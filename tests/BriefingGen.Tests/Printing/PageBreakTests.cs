using AngleSharp.Html.Parser;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;

namespace BriefingGen.Tests.Printing;

/// <summary>Where the pages of the bundled PDFs break: never after a heading, and a handout's first side carries what a participant reads first.</summary>
public sealed class PageBreakTests
{
    private const double A4Height = 842;

    [SkippableFact]
    public void No_page_of_a_bundled_pdf_ends_with_a_heading()
    {
        var site = PrintedSite.Get();
        var headings = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}paper{Path.DirectorySeparatorChar}") ||
                        f.Contains($"{Path.DirectorySeparatorChar}handout{Path.DirectorySeparatorChar}") ||
                        f.Contains($"{Path.DirectorySeparatorChar}packs{Path.DirectorySeparatorChar}"))
            .SelectMany(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelectorAll("h1, h2, h3, h4, dt"))
            .Select(h => Squash(h.TextContent)).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
        var stranded = new List<string>();
        foreach (var file in site.Pdfs("*.pdf"))
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages().Where(p => p.Number < pdf.NumberOfPages))
            {
                var lines = TypeAreaLines(page);
                // A heading that wraps ends the page with its last one, two or three lines.
                for (var count = 1; count <= Math.Min(3, lines.Count); count++)
                {
                    var end = string.Concat(lines.Skip(lines.Count - count));
                    if (headings.Contains(end))
                    {
                        stranded.Add($"{Path.GetFileName(file)} page {page.Number}: \"{end}\"");
                        break;
                    }
                }
            }
        }

        Assert.True(stranded.Count == 0, "pages that end with a heading or a glossary term:\n" + string.Join("\n", stranded));
    }

    [SkippableFact]
    public void A_handouts_first_side_has_its_title_summary_address_and_key_facts()
    {
        var site = PrintedSite.Get();
        foreach (var file in site.Pdfs("*-handout.pdf"))
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, "handout", "index.html")));
            using var pdf = PdfDocument.Open(file);
            var first = Squash(string.Concat(TypeAreaLines(pdf.GetPage(1))));
            var title = Squash(html.QuerySelector("h1")!.TextContent);
            var summary = Squash(html.QuerySelector(".lede")!.TextContent);
            Assert.Contains(title, first);
            Assert.Contains(summary, first);
            Assert.Contains("Fullbriefing:https://", first);
            Assert.NotNull(html.QuerySelector(".title-block .web-address svg")); // the QR code beside the address
            Assert.Contains("Keyfacts", first);
            // The last fact's label starts the last line of the facts (a long label wraps beside its value).
            var lastFact = html.QuerySelectorAll(".facts-compact dt").Last().TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            Assert.Contains(lastFact, first);
        }
    }

    [SkippableFact]
    public void A_handouts_placement_reasons_are_printed_on_the_same_side_as_their_grid()
    {
        var site = PrintedSite.Get();
        var placements = 0;
        foreach (var file in site.Pdfs("*-handout.pdf"))
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, "handout", "index.html")));
            using var pdf = PdfDocument.Open(file);
            // Read by text blocks (Docstrum), so that reasons printed beside their grid are not interleaved with its rows.
            var sides = pdf.GetPages().Select(p => Squash(string.Concat(
                DocstrumBoundingBoxes.Instance.GetBlocks(p.GetWords()).Select(b => b.Text)))).ToList();
            foreach (var placement in html.QuerySelectorAll(".placement"))
            {
                placements++;
                var grid = Squash(placement.QuerySelector("caption")!.FirstChild!.TextContent);
                var side = sides.FindIndex(s => s.Contains(grid, StringComparison.Ordinal));
                Assert.True(side >= 0, $"{Path.GetFileName(file)}: grid \"{grid}\" not found");
                foreach (var reason in placement.QuerySelectorAll("p").Where(p => p.Closest("table") is null))
                {
                    var words = Squash(reason.TextContent);
                    Assert.True(sides[side].Contains(words, StringComparison.Ordinal),
                        $"{Path.GetFileName(file)}: the reason under \"{grid}\" is not wholly on side {side + 1} with its grid: {reason.TextContent}");
                }
            }
        }

        Assert.True(placements > 0, "the bundled handouts place their case on a grid");
    }

    /// <summary>The lines of text between the page's margins (the running header and footer left out), top to bottom, without spaces.</summary>
    private static List<string> TypeAreaLines(Page page)
    {
        const double top = A4Height - 22 / 25.4 * 72;
        const double bottom = 24 / 25.4 * 72;
        return page.GetWords().Where(w => w.BoundingBox.Bottom > bottom && w.BoundingBox.Top < top)
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => Squash(string.Concat(g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

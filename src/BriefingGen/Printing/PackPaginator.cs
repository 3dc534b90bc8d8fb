using AngleSharp.Html.Parser;

namespace BriefingGen.Printing;

/// <summary>
/// Numbers a pack's contents from the PDF itself (CSS target-counter does not work in Chromium): print, read each
/// entry's page from the outline with PdfPig, write the numbers in, and print again until the pages stop moving.
/// </summary>
public static class PackPaginator
{
    public const int MaxPasses = 5;

    public static async Task<byte[]> PrintAsync(PdfPrinter printer, string htmlPath, string html)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        byte[] pdf = [];
        var previousPages = -1;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (filled, targets) = Fill(html, numbers);
            pdf = await printer.PrintAsync(htmlPath, filled);
            var file = PdfFile.Read(pdf);
            var found = Locate(targets, file.Outline);
            if (file.PageCount == previousPages && found.Count == numbers.Count && found.All(f => numbers.GetValueOrDefault(f.Key) == f.Value))
            {
                break;
            }

            numbers = found;
            previousPages = file.PageCount;
        }

        return pdf;
    }

    /// <summary>Writes page numbers into the contents' <c>.toc-page</c> spans; returns the HTML and each target's heading, in order.</summary>
    public static (string Html, List<(string Target, string Heading)> Targets) Fill(string html, IReadOnlyDictionary<string, int> numbers)
    {
        var document = new HtmlParser().ParseDocument(html);
        var targets = new List<(string, string)>();
        foreach (var span in document.QuerySelectorAll(".toc-page[data-target]"))
        {
            var target = span.GetAttribute("data-target")!;
            var heading = document.GetElementById(target)?.QuerySelector("h1, h2");
            targets.Add((target, Normalise(heading?.TextContent ?? "")));
            span.TextContent = numbers.TryGetValue(target, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        }

        return ("<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml, targets);
    }

    /// <summary>The page of each target: the next outline entry, in document order, whose title is the target's heading.</summary>
    public static Dictionary<string, int> Locate(IReadOnlyList<(string Target, string Heading)> targets, IReadOnlyList<OutlineEntry> outline)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var (target, heading) in targets)
        {
            for (var i = next; i < outline.Count; i++)
            {
                if (Normalise(outline[i].Title) == heading)
                {
                    pages[target] = outline[i].Page;
                    next = i + 1;
                    break;
                }
            }
        }

        return pages;
    }

    // Chromium drops the space where a heading wraps ("and\nneighbourhood" becomes "andneighbourhood"), so titles are compared without any.
    private static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

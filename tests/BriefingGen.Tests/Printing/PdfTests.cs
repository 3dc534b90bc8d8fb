using BriefingGen.Printing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>The PDFs a roundtable receives: A4, headed and numbered on every page, with an outline, and handouts on two sides.</summary>
public sealed class PdfTests
{
    private const double A4Width = 595;
    private const double A4Height = 842;

    [SkippableFact]
    public void The_bundled_site_prints_every_kind_of_pdf_without_problems()
    {
        var site = PrintedSite.Get();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal(4, site.Pdfs("*-paper.pdf").Count);
        Assert.Equal(2, site.Pdfs("*-handout.pdf").Count);
        Assert.Single(site.Pdfs("roundtable-pack.pdf"));
    }

    [SkippableFact]
    public void Every_pdf_is_a4_with_the_running_header_and_page_n_of_n_on_every_page_but_a_packs_cover()
    {
        var site = PrintedSite.Get();
        foreach (var file in site.Pdfs("*.pdf"))
        {
            using var pdf = PdfDocument.Open(file);
            var title = Squash(pdf.Information.Title ?? "");
            var isPack = file.EndsWith("roundtable-pack.pdf", StringComparison.Ordinal);
            foreach (var page in pdf.GetPages())
            {
                Assert.InRange(page.Width, A4Width - 1, A4Width + 1);
                Assert.InRange(page.Height, A4Height - 1, A4Height + 1);
                var text = Squash(page.Text);
                if (isPack && page.Number == 1)
                {
                    Assert.DoesNotContain(Squash("Page 1 of"), text); // the cover (see PrintedAddressTests)
                    continue;
                }

                Assert.Contains(Squash($"Page {page.Number} of {pdf.NumberOfPages}"), text);
                Assert.Contains("https://forum.example.org/briefings/", text); // the footer: the page's address online
                if (!file.EndsWith("roundtable-pack.pdf", StringComparison.Ordinal))
                {
                    // The running header is the paper's title (a handout's title adds ": roundtable handout").
                    Assert.Contains(title.Split(":roundtablehandout")[0][..Math.Min(30, title.Length)], text);
                }
            }
        }
    }

    [SkippableFact]
    public void Handouts_fit_on_two_sides()
    {
        foreach (var file in PrintedSite.Get().Pdfs("*-handout.pdf"))
        {
            using var pdf = PdfDocument.Open(file);
            Assert.InRange(pdf.NumberOfPages, 1, 2);
        }
    }

    [SkippableFact]
    public void Papers_have_an_outline_title_and_author_and_selectable_text()
    {
        foreach (var file in PrintedSite.Get().Pdfs("*-paper.pdf"))
        {
            var bytes = File.ReadAllBytes(file);
            var outline = PdfFile.Read(bytes).Outline;
            Assert.True(outline.Count >= 3, $"{file} has {outline.Count} bookmarks");
            using var pdf = PdfDocument.Open(bytes);
            Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Title));
            Assert.Equal("Community Forum Briefings", pdf.Information.Author);
            Assert.Equal(Squash(pdf.Information.Title!), Squash(outline[0].Title));
            Assert.Contains("Cite as", pdf.GetPage(1).Text);
        }
    }

    [SkippableFact]
    public void Every_bookmark_reads_as_its_heading_even_when_the_heading_wraps()
    {
        // Chromium made a bookmark from a heading's lines without the space where a line wrapped: "co-commissioninga youth project".
        var site = PrintedSite.Get();
        var headings = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}paper{Path.DirectorySeparatorChar}") ||
                        f.Contains($"{Path.DirectorySeparatorChar}handout{Path.DirectorySeparatorChar}") ||
                        f.Contains($"{Path.DirectorySeparatorChar}packs{Path.DirectorySeparatorChar}"))
            .SelectMany(f => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            .Select(h => Words(h.TextContent)).ToHashSet(StringComparer.Ordinal);
        var wrong = site.Pdfs("*.pdf")
            .SelectMany(file => PdfFile.Read(File.ReadAllBytes(file)).Outline.Select(entry => (File: Path.GetFileName(file), entry.Title)))
            .Where(b => !headings.Contains(Words(b.Title)))
            .Select(b => $"{b.File}: \"{b.Title}\"").ToList();
        Assert.True(wrong.Count == 0, "bookmarks that are no heading's text:\n" + string.Join("\n", wrong));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [SkippableFact]
    public void No_page_is_more_than_half_empty_unless_it_ends_a_paper()
    {
        var site = PrintedSite.Get();
        var wasted = site.Pdfs("*.pdf").SelectMany(file => HalfEmptyPages(File.ReadAllBytes(file)).Select(n => $"{Path.GetFileName(file)} page {n}")).ToList();
        Assert.True(wasted.Count == 0, "pages more than half empty in the middle of a paper:\n" + string.Join("\n", wasted));
    }

    /// <summary>
    /// The pages whose text ends above the middle of the type area, except a last page, a pack's cover and a page
    /// that a new paper (a top-level bookmark) follows.
    /// </summary>
    internal static IEnumerable<int> HalfEmptyPages(byte[] bytes)
    {
        var outline = PdfFile.Read(bytes).Outline;
        using var pdf = PdfDocument.Open(bytes);
        var isPack = outline.Count(e => e.Level == 0) > 1;
        foreach (var page in pdf.GetPages())
        {
            var next = page.Number + 1;
            if (page.Number == pdf.NumberOfPages || (isPack && page.Number == 1) || outline.Any(e => e.Level == 0 && e.Page == next))
            {
                continue;
            }

            // The type area lies between the margins (22 mm top, 24 mm bottom); the margin boxes' text is left out.
            const double top = A4Height - 22 / 25.4 * 72;
            const double bottom = 24 / 25.4 * 72;
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom > bottom && w.BoundingBox.Top < top).ToList();
            var lowest = words.Count == 0 ? top : words.Min(w => w.BoundingBox.Bottom);
            if (lowest > (top + bottom) / 2)
            {
                yield return page.Number;
            }
        }
    }

    [SkippableFact]
    public void Every_contents_entry_of_the_pack_names_the_page_its_heading_is_on()
    {
        var file = Assert.Single(PrintedSite.Get().Pdfs("roundtable-pack.pdf"));
        using var pdf = PdfDocument.Open(file);
        var outline = PdfFile.Read(File.ReadAllBytes(file)).Outline.Where(e => e.Level == 0).ToList();
        var entries = ContentsEntries(pdf.GetPage(2));
        Assert.Equal(6, entries.Count); // four papers, the glossary and the bibliography
        foreach (var (title, number) in entries)
        {
            var heading = outline.FirstOrDefault(e => Squash(e.Title) == title);
            Assert.True(heading is not null, $"no heading '{title}' in the outline");
            Assert.Equal(heading.Page, number);
            Assert.Contains(Squash(title)[..Math.Min(20, title.Length)], Squash(pdf.GetPage(number).Text));
        }
    }

    [SkippableFact]
    public void Papers_in_a_pack_start_on_new_pages_numbered_continuously()
    {
        var file = Assert.Single(PrintedSite.Get().Pdfs("roundtable-pack.pdf"));
        var outline = PdfFile.Read(File.ReadAllBytes(file)).Outline.Where(e => e.Level == 0).Select(e => e.Page).ToList();
        Assert.Equal(outline.Distinct().Count(), outline.Count);
        Assert.Equal(outline.Order(), outline);
    }

    [SkippableFact]
    public void Web_pages_link_to_their_pdfs()
    {
        var site = PrintedSite.Get();
        var html = File.ReadAllText(Path.Combine(site.Output, "case-studies", "st-marys-estate", "index.html"));
        Assert.Contains("href=\"../../case-studies/st-marys-estate/st-marys-estate-paper.pdf\"", html);
        Assert.Contains("href=\"../../case-studies/st-marys-estate/st-marys-estate-handout.pdf\"", html);
    }

    [SkippableFact]
    public void A_print_edition_on_screen_offers_its_pdf_and_its_pdf_shows_no_screen_bar()
    {
        var site = PrintedSite.Get();
        var paper = File.ReadAllText(Path.Combine(site.Output, "case-studies", "st-marys-estate", "paper", "index.html"));
        Assert.Contains("<a href=\"../../../case-studies/st-marys-estate/st-marys-estate-paper.pdf\" download>Download PDF</a>", paper);
        using var pdf = PdfDocument.Open(Path.Combine(site.Output, "case-studies", "st-marys-estate", "st-marys-estate-paper.pdf"));
        Assert.DoesNotContain("Back to the web page", pdf.GetPage(1).Text);
    }

    [SkippableFact]
    public void Printing_the_same_site_twice_gives_the_same_pdf_bytes()
    {
        var site = PrintedSite.Get();
        var again = Path.Combine(Path.GetTempPath(), "bg-print-again-" + Guid.NewGuid().ToString("N")[..8]);
        using var cleanup = new Support.TemporaryFolder(again);
        var result = SiteBuilder.Build(new BuildOptions { Source = Support.Repository.Root, Output = again, Pdf = true });
        Assert.True(result.Succeeded);
        var first = File.ReadAllBytes(site.Pdfs("st-marys-estate-paper.pdf")[0]);
        var second = File.ReadAllBytes(Path.Combine(again, "case-studies", "st-marys-estate", "st-marys-estate-paper.pdf"));
        Assert.Equal(first, second);
    }

    /// <summary>The entries of a contents page: each title (however it wraps) with the page number that ends it.</summary>
    private static List<(string Title, int Page)> ContentsEntries(Page page)
    {
        var lines = page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList());
        var entries = new List<(string, int)>();
        var pending = "";
        var started = false;
        foreach (var words in lines)
        {
            if (!started)
            {
                started = words.Count == 1 && words[0] == "Contents";
                continue;
            }

            if (words.Contains("Page") && words.Contains("of"))
            {
                break; // the footer
            }

            if (words.Count > 0 && int.TryParse(words[^1], out var number))
            {
                pending += string.Concat(words[..^1]);
                if (pending.Length > 0)
                {
                    entries.Add((Squash(pending), number));
                }

                pending = "";
            }
            else
            {
                pending += string.Concat(words);
            }
        }

        return entries;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

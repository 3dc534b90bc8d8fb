namespace BriefingGen.Model;

/// <summary>
/// The citation of every case study, briefing and perspective as reference managers import it, written beside the
/// page: <c>cite.bib</c> (BibTeX), <c>cite.ris</c> (RIS) and <c>cite.json</c> (CSL JSON).
/// </summary>
public static class CitationPages
{
    /// <summary>The kinds of citation file, each with its file name.</summary>
    public static IReadOnlyList<(PageKind Kind, string FileName)> Files { get; } =
    [
        (PageKind.CitationBibtex, "cite.bib"),
        (PageKind.CitationRis, "cite.ris"),
        (PageKind.CitationCslJson, "cite.json"),
    ];

    /// <summary>Whether the page is cited as a work of the collection: the pages that have a paper edition.</summary>
    public static bool HasCitation(Page page) => PrintPages.HasPaper(page);

    public static bool IsCitationFile(PageKind kind) => kind is PageKind.CitationBibtex or PageKind.CitationRis or PageKind.CitationCslJson;

    /// <summary>The site path of one of a page's citation files.</summary>
    public static string Url(Page page, PageKind kind) => page.Url + Files.First(f => f.Kind == kind).FileName;

    /// <summary>The citation files of the pages that have them, each page's made by <paramref name="filesOf"/> (<see cref="FilesOf"/>, or one that remembers them).</summary>
    public static List<Page> Build(IReadOnlyList<Page> pages, Func<Page, Page[]> filesOf)
    {
        var files = new List<Page>();
        foreach (var page in pages.Where(HasCitation))
        {
            files.AddRange(filesOf(page));
        }

        return files;
    }

    /// <summary>A page's citation files; each names its page by URL (<see cref="Page.ItemId"/>).</summary>
    public static Page[] FilesOf(Page page) =>
        Files.Select(f => new Page { Url = page.Url + f.FileName, Kind = f.Kind, Title = page.Title, Section = page.Section, ItemId = page.Url }).ToArray();
}

namespace BriefingGen.Model;

/// <summary>The formats a page's citation is written in for reference managers.</summary>
public enum CitationFormat
{
    Bibtex,
    Ris,
    CslJson,
}

/// <summary>
/// The citation of every case study, briefing and perspective as reference managers import it, written beside the
/// page: <c>cite.bib</c> (BibTeX), <c>cite.ris</c> (RIS) and <c>cite.json</c> (CSL JSON). The files are made when the
/// page renders (they are not pages of the model), so they come and go with it.
/// </summary>
public static class CitationPages
{
    /// <summary>The formats, each with its file name.</summary>
    public static IReadOnlyList<(CitationFormat Format, string FileName)> Files { get; } =
    [
        (CitationFormat.Bibtex, "cite.bib"),
        (CitationFormat.Ris, "cite.ris"),
        (CitationFormat.CslJson, "cite.json"),
    ];

    /// <summary>Whether the page is cited as a work of the collection: the pages that have a paper edition.</summary>
    public static bool HasCitation(Page page) => PrintPages.HasPaper(page);

    /// <summary>The site path of one of a page's citation files (also where it is written, from the output root).</summary>
    public static string Url(Page page, CitationFormat format) => page.Url + Files.First(f => f.Format == format).FileName;
}

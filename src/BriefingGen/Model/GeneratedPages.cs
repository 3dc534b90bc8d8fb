namespace BriefingGen.Model;

/// <summary>The pages the generator makes from the briefing data: definitions, grids, tables, figures, bibliography, themes, and the 404 page.</summary>
public static class GeneratedPages
{
    public const string DefinitionsUrl = "definitions/";
    public const string GridsUrl = "grids/";
    public const string TablesUrl = "tables/";
    public const string FiguresUrl = "figures/";
    public const string BibliographyUrl = "bibliography/";
    public const string ThemesUrl = "themes/";
    public const string NotFoundUrl = "404.html";
    public const string SitemapUrl = "sitemap.xml";
    public const string FeedUrl = "feed.xml";
    public const string SearchUrl = "search/";

    public static string TermUrl(Term term) => term.Definitions.Count > 1 ? $"{DefinitionsUrl}{term.Id}/" : DefinitionsUrl;

    public static string TermAnchor(Term term) => "term-" + term.Id;

    public static string GridUrl(string id) => $"{GridsUrl}{id}/";

    public static string TableUrl(string id) => $"{TablesUrl}{id}/";

    public static string FigureUrl(string id) => $"{FiguresUrl}{id}/";

    public static string ThemeUrl(string id) => $"{ThemesUrl}{id}/";

    public static string ReferenceAnchor(string id) => "ref-" + id;

    /// <param name="hasBaseUrl">A sitemap needs absolute addresses, so it is made only when the site has a base URL.</param>
    public static List<Page> Build(BriefingData data, bool hasBaseUrl = false, bool search = false)
    {
        var pages = new List<Page>
        {
            new() { Url = NotFoundUrl, Kind = PageKind.NotFound, Title = "Page not found" },
            new() { Url = FeedUrl, Kind = PageKind.Feed, Title = "Case studies" },
        };
        if (hasBaseUrl)
        {
            pages.Add(new Page { Url = SitemapUrl, Kind = PageKind.Sitemap, Title = "Sitemap" });
        }

        if (search)
        {
            pages.Add(new Page { Url = SearchUrl, Kind = PageKind.Search, Title = "Search" });
        }

        if (data.Terms.Count > 0)
        {
            pages.Add(Listing(DefinitionsUrl, PageKind.Definitions, "Definitions and concepts"));
            pages.AddRange(data.Terms.Where(t => t.Definitions.Count > 1).Select(t =>
                Item(TermUrl(t), PageKind.Term, $"Definitions of {t.Name} compared", t.Id)));
        }

        if (data.Grids.Count > 0)
        {
            pages.Add(Listing(GridsUrl, PageKind.GridIndex, "Grids"));
            pages.AddRange(data.Grids.Select(g => Item(GridUrl(g.Id), PageKind.Grid, g.Name, g.Id)));
        }

        if (data.Tables.Count > 0)
        {
            pages.Add(Listing(TablesUrl, PageKind.TableIndex, "Benefits and risks"));
            pages.AddRange(data.Tables.Select(t => Item(TableUrl(t.Id), PageKind.Table, t.Title, t.Id)));
        }

        if (data.Figures.Count > 0)
        {
            pages.Add(Listing(FiguresUrl, PageKind.FigureIndex, "Figures"));
            pages.AddRange(data.Figures.Select(f => Item(FigureUrl(f.Id), PageKind.Figure, f.Title, f.Id)));
        }

        if (data.References.Count > 0)
        {
            pages.Add(Listing(BibliographyUrl, PageKind.Bibliography, "Bibliography"));
        }

        if (data.Themes.Count > 0)
        {
            pages.Add(Listing(ThemesUrl, PageKind.ThemeIndex, "Themes"));
            pages.AddRange(data.Themes.Select(t => Item(ThemeUrl(t.Id), PageKind.Theme, t.Title, t.Id)));
        }

        return pages;
    }

    private static Page Listing(string url, PageKind kind, string title) =>
        new() { Url = url, Kind = kind, Title = title, Section = ContentPages.SectionOf(url), Weight = -1 };

    private static Page Item(string url, PageKind kind, string title, string id) =>
        new() { Url = url, Kind = kind, Title = title, Section = ContentPages.SectionOf(url), ItemId = id };
}

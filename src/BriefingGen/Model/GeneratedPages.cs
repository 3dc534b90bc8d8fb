using BriefingGen.Model.Items;

namespace BriefingGen.Model;

/// <summary>The pages the generator makes: each data kind's index and item pages (<see cref="DataKinds"/>), the 404 page, feed, sitemap and search.</summary>
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

        // Each kind with an index has it once it has items, and a page for each item that has one.
        foreach (var kind in DataKinds.All)
        {
            var items = data.ItemsOf(kind);
            if (kind.IndexPage is not { } index || items.Count == 0)
            {
                continue;
            }

            pages.Add(Listing(kind.Url!, index, kind.IndexTitle!));
            if (kind.ItemPage is { } itemPage)
            {
                pages.AddRange(items.Where(kind.HasOwnPage).Select(i => Item(kind.ItemUrl(i.Id), itemPage, kind.PageTitle(i), i.Id)));
            }
        }

        return pages;
    }

    private static Page Listing(string url, PageKind kind, string title) =>
        new() { Url = url, Kind = kind, Title = title, Section = ContentPages.SectionOf(url), Weight = -1 };

    private static Page Item(string url, PageKind kind, string title, string id) =>
        new() { Url = url, Kind = kind, Title = title, Section = ContentPages.SectionOf(url), ItemId = id };
}

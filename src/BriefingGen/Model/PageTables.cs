namespace BriefingGen.Model;

/// <summary>The tables a site finds its pages in: by URL, by source path, and the written pages in their lists.</summary>
/// <param name="Lists">The pages listed on each list page (by its URL), in <see cref="Site.Order"/>.</param>
/// <param name="IndexInList">Each listed page's place in its list, by URL.</param>
public sealed record PageTables(
    IReadOnlyDictionary<string, Page> ByUrl,
    IReadOnlyDictionary<string, Page> BySource,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> Lists,
    IReadOnlyDictionary<string, int> IndexInList)
{
    /// <summary>Makes the tables of these pages.</summary>
    public static PageTables Build(IReadOnlyList<Page> pages)
    {
        var byUrl = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byUrl[page.Url] = page;
        }

        var (lists, indexes) = ListsOf(pages.Where(IsListed));
        return new PageTables(byUrl, Site.IndexBySource(pages), lists, indexes);
    }

    /// <summary>Whether a page stands in a list: written pages do; list pages, print editions and generated pages have their own.</summary>
    public static bool IsListed(Page page) => !page.IsListing && page.SourcePath is not null && !page.IsPrint;

    /// <summary>The listed pages grouped by list (their folder's URL), each list in <see cref="Site.Order"/>, and each page's place in its list by URL.</summary>
    public static (Dictionary<string, IReadOnlyList<Page>> Lists, Dictionary<string, int> Indexes) ListsOf(IEnumerable<Page> listed)
    {
        var lists = listed.GroupBy(Site.ParentOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Page>)Site.Order(g).ToList(), StringComparer.Ordinal);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in lists.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                indexes[list[i].Url] = i;
            }
        }

        return (lists, indexes);
    }
}

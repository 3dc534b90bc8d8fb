using BriefingGen.Config;

namespace BriefingGen.Model;

/// <summary>The whole site, every cross-reference resolved: what the rendering stage draws from.</summary>
public sealed class Site
{
    private readonly IReadOnlyDictionary<string, Page> _byUrl;
    private readonly IReadOnlyDictionary<string, Page> _bySource;
    private readonly IReadOnlyDictionary<string, int> _indexInList;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Page>> _children;

    /// <param name="tables">The pages' tables, when the caller has them; else they are made from <paramref name="pages"/>.</param>
    public Site(SiteConfig config, IReadOnlyList<Page> pages, BriefingData briefing, CrossReferences links, IReadOnlyDictionary<string, object?> data,
        IReadOnlyList<Pack>? packs = null, PageTables? tables = null)
    {
        Packs = packs ?? [];
        Config = config;
        Pages = pages;
        Briefing = briefing;
        Links = links;
        Data = data;
        tables ??= PageTables.Build(pages);
        (_byUrl, _bySource) = (tables.ByUrl, tables.BySource);
        // Lists show written pages; generated pages have their own indexes.
        (_children, _indexInList) = (tables.Lists, tables.IndexInList);

        TopLevel = pages.Where(p =>
                (p.Kind == PageKind.Section && p.Url.Count(c => c == '/') == 1) || p.Kind == PageKind.PackIndex ||
                Items.DataKinds.OfIndexPage(p.Kind) is not null)
            .OrderBy(p => p.Kind == PageKind.Section ? 0 : 1).ThenBy(p => p.Kind).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>True when the build indexes the site for search (Pagefind was found), so pages show a search box.</summary>
    public bool SearchEnabled { get; init; }

    /// <summary>When each page file was last committed, for pages whose front matter gives no <c>updated</c> date.</summary>
    public Loading.CommitDates CommitDates { get; init; } = Loading.CommitDates.None;

    /// <summary>The top-level sections and the generated indexes, for the home page and navigation.</summary>
    public IReadOnlyList<Page> TopLevel { get; }

    /// <summary>The page written from a Markdown file (path from the site root).</summary>
    public Page? FindBySource(string sourcePath) => _bySource.GetValueOrDefault(sourcePath);

    /// <summary>A page's position in its list (for previous and next), or -1.</summary>
    public int IndexInList(Page page) => _indexInList.GetValueOrDefault(page.Url, -1);

    public SiteConfig Config { get; }

    /// <summary>The links written in the data files' texts, resolved from each file's place: the link check reports a broken one at its place in the YAML.</summary>
    public IReadOnlyList<SourceLink> DataLinks { get; init; } = [];

    /// <summary>The files refused pages would have been written to; links to them are not reported again.</summary>
    public IReadOnlySet<string> RefusedFiles { get; init; } = new HashSet<string>();

    /// <summary>The briefing packs, their pages resolved.</summary>
    public IReadOnlyList<Pack> Packs { get; }

    /// <summary>Every page, in URL order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    public BriefingData Briefing { get; }

    public CrossReferences Links { get; }

    /// <summary>Every data file as plain values, by name, for templates.</summary>
    public IReadOnlyDictionary<string, object?> Data { get; }

    public Page? Find(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The written pages by the path of their Markdown file.</summary>
    public static Dictionary<string, Page> IndexBySource(IReadOnlyList<Page> pages)
    {
        var index = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.SourcePath is not null)
            {
                index[page.SourcePath] = page;
            }
        }

        return index;
    }

    /// <summary>The written page a paper or handout is made from; any other page itself.</summary>
    public Page? SourceOf(Page page) => page.IsPrint && page.ItemId is not null ? Find(page.ItemId) : page;

    /// <summary>The pages listed on a section page (or the home page), by weight, then date (newest first), then title.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page listing) => _children.GetValueOrDefault(listing.Url) ?? [];

    /// <summary>Every list of pages (see <see cref="ChildrenOf"/>), by its listing's URL.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Page>> Lists => _children;

    /// <summary>The listing a page belongs to: its folder's URL.</summary>
    public static string ParentOf(Page page) => page.ListUrl;

    public static IEnumerable<Page> Order(IEnumerable<Page> pages) =>
        pages.OrderBy(p => p.Weight)
            .ThenByDescending(p => p.Date)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Url, StringComparer.Ordinal);
}

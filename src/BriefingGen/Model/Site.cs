using BriefingGen.Config;

namespace BriefingGen.Model;

/// <summary>The whole site, every cross-reference resolved: what the rendering stage draws from.</summary>
public sealed class Site
{
    private readonly Dictionary<string, Page> _byUrl;
    private readonly Dictionary<string, IReadOnlyList<Page>> _children;

    public Site(SiteConfig config, IReadOnlyList<Page> pages, BriefingData briefing, CrossReferences links, IReadOnlyDictionary<string, object?> data, IReadOnlyList<Pack>? packs = null)
    {
        Packs = packs ?? [];
        Config = config;
        Pages = pages;
        Briefing = briefing;
        Links = links;
        Data = data;
        _byUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        // Lists show written pages; generated pages have their own indexes.
        _children = pages.Where(p => !p.IsListing && p.SourcePath is not null && !p.IsPrint)
            .GroupBy(ParentOf)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Page>)Order(g).ToList(), StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }

    /// <summary>The briefing packs, their pages resolved.</summary>
    public IReadOnlyList<Pack> Packs { get; }

    /// <summary>Every page, in URL order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    public BriefingData Briefing { get; }

    public CrossReferences Links { get; }

    /// <summary>Every data file as plain values, by name, for templates.</summary>
    public IReadOnlyDictionary<string, object?> Data { get; }

    public Page? Find(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The pages listed on a section page (or the home page), by weight, then date (newest first), then title.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page listing) => _children.GetValueOrDefault(listing.Url) ?? [];

    /// <summary>The listing a page belongs to: its folder's URL.</summary>
    public static string ParentOf(Page page)
    {
        var trimmed = page.Url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "" : trimmed[..(slash + 1)];
    }

    public static IEnumerable<Page> Order(IEnumerable<Page> pages) =>
        pages.OrderBy(p => p.Weight)
            .ThenByDescending(p => p.Date)
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Url, StringComparer.Ordinal);
}

using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// The last build's fingerprints (serve), reused for a written page (or its print editions) when nothing it depends on
/// can have changed: same templates, settings, page list and data; same source version and resolved uses; no change
/// to the front matter of the pages it lists, links or is linked from, or of the pages beside it in its section.
/// Anything else is fingerprinted again, so a reused fingerprint is always the one <see cref="PageFingerprint"/> would give.
/// </summary>
public sealed class FingerprintCache
{
    private string _siteKey = "";
    private string _dataKey = "";
    private Dictionary<string, string> _fronts = new(StringComparer.Ordinal);
    private Dictionary<string, (PageUses Uses, string Hash)> _uses = new(StringComparer.Ordinal);
    private Dictionary<string, (string? Fingerprint, string Version)> _pages = new(StringComparer.Ordinal);

    public List<string?> Of(Site site, PageFingerprint fingerprints, Func<string, string> version)
    {
        var written = site.Pages.Where(p => p.SourcePath is not null).ToList();
        // Compared by their serialised hashes (kept per object): a page parsed again has new objects with the same values.
        var fronts = written.ToDictionary(p => p.Url, p => PageFingerprint.Once(p.FrontMatter), StringComparer.Ordinal);
        var uses = written.ToDictionary(p => p.Url, p => (Uses: site.Links.Of(p.Url), Hash: PageFingerprint.Once(site.Links.Of(p.Url))), StringComparer.Ordinal);
        var everything = fingerprints.SiteKey != _siteKey || fingerprints.DataKey != _dataKey;

        // Pages whose front matter changed (what lists and pagers show of them), and the sections they sit in.
        var retitled = fronts.Where(f => !_fronts.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key)
            .Concat(_fronts.Keys.Where(url => !fronts.ContainsKey(url))).ToHashSet(StringComparer.Ordinal);
        var sections = retitled.Select(ParentOf).ToHashSet(StringComparer.Ordinal);

        // Pages whose backlinks may have changed: those that a page with new uses links to, before or now.
        var relinked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (url, now) in uses.Concat(_uses.Where(u => !uses.ContainsKey(u.Key))))
        {
            if (!_uses.TryGetValue(url, out var before) || before.Hash != now.Hash)
            {
                relinked.UnionWith(now.Uses.LinksTo.Concat(now.Uses.Related).Concat(before.Uses?.LinksTo ?? []).Concat(before.Uses?.Related ?? []));
            }
        }

        var keys = site.Pages.AsParallel().AsOrdered().Select(page =>
            !everything && _pages.TryGetValue(page.Url, out var before) && Holds(site, page, before.Version, version, uses, sections, relinked, retitled)
                ? before.Fingerprint
                : fingerprints.Of(page)).ToList();

        _siteKey = fingerprints.SiteKey;
        _dataKey = fingerprints.DataKey;
        _fronts = fronts;
        _uses = uses;
        _pages = new Dictionary<string, (string?, string)>(site.Pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            var source = page.IsPrint && page.ItemId is not null ? site.Find(page.ItemId) : page;
            _pages[page.Url] = (keys[i], source?.SourcePath is { } path ? version(path) : "");
        }

        return keys;
    }

    // Whether nothing a page's last fingerprint was made from has changed (the site key and the data are checked already).
    private bool Holds(Site site, Page page, string versionBefore, Func<string, string> version,
        Dictionary<string, (PageUses Uses, string Hash)> uses, HashSet<string> sections, HashSet<string> relinked, HashSet<string> retitled)
    {
        if (page.Kind is PageKind.Home or PageKind.Pack)
        {
            return false;
        }

        // A section lists its pages: at 10,000 pages its fingerprint is the costliest, and it holds while none of them
        // (nor of the sections beside it) changed its front matter.
        if (page.Kind == PageKind.Section && sections.Contains(page.Url))
        {
            return false;
        }

        var source = page.IsPrint && page.ItemId is not null ? site.Find(page.ItemId) : page;
        if (source?.SourcePath is null)
        {
            // Other generated pages show data and whole collections: fingerprinted each time.
            return page.Kind == PageKind.Section && versionBefore == "" && !sections.Contains(ParentOf(page.Url));
        }

        return versionBefore == version(source.SourcePath) &&
            _uses.TryGetValue(source.Url, out var usesBefore) && usesBefore.Hash == uses[source.Url].Hash &&
            !sections.Contains(ParentOf(source.Url)) && !relinked.Contains(source.Url) &&
            !Shows(site, source, uses[source.Url].Uses).Any(retitled.Contains);
    }

    // The pages whose titles and summaries a page shows: related pages, pages it links to, pages that link to it.
    private static IEnumerable<string> Shows(Site site, Page page, PageUses uses) =>
        uses.Related.Concat(uses.LinksTo).Concat(uses.LinksTo.Select(url => url + "/"))
            .Concat(CrossReferences.Lookup(site.Links.Backlinks, page.Url));

    private static string ParentOf(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "" : trimmed[..(slash + 1)];
    }
}

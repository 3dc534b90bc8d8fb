using BriefingGen.Model;

namespace BriefingGen.Incremental;

/// <summary>
/// The last build's fingerprints (serve), reused for a written page (or its print editions) when nothing it depends on
/// can have changed: same templates, settings, page list and data; same source version and resolved uses; no change
/// to the front matter of the pages it lists, links or is linked from, or of the pages beside it in its section; and,
/// for a page made from the whole collection, no change to any written page's front matter or uses. Anything else is fingerprinted again, so a reused fingerprint is always the one <see cref="PageFingerprint"/> would give.
/// </summary>
public sealed class FingerprintMemo
{
    private string _siteKey = "";
    private string _dataKey = "";
    private CrossReferences? _links; // the last build's: while a build has the same object, every page's uses are the same

    // Each page's last fingerprint, and the page object with its source and the source's version (none for a page
    // the last build did not have). The same page object has the same source and version: pages are made again
    // only when their file is parsed again, and print editions only when their page is (ContentPagesMemo and
    // ModelMemo's editions; a page kept across a new parse would need its version compared here). A written page also
    // keeps its front matter's hash and its uses with theirs: what lists show of it, and what it links.
    private readonly PlaceMemo<PageRecord> _byPlace = new();
    private PageRecord[] _last = [];

    private readonly record struct PageRecord(string? Fingerprint, string? Version, Page? Page, Page? Source, WrittenPage Written, bool Pack);

    // A written page's front matter hash, and its uses with their hash; all null for a page the generator makes.
    private record struct WrittenPage(string? Front, PageUses? Uses, string? UsesHash);

    public string?[] Fingerprints(Site site, PageFingerprint fingerprints, Func<string, string> version)
    {
        var everything = fingerprints.SiteKey != _siteKey || fingerprints.DataKey != _dataKey;
        _siteKey = ""; // until this build's fingerprints are all kept: a build that fails half way leaves nothing to trust

        // Pages whose front matter changed (what lists and pagers show of them); pages whose uses changed, and the
        // pages they link to, before or now (whose backlinks may have changed). Front matter and uses are compared by
        // their serialised hashes (kept per object): a page parsed again has new objects with the same values.
        var pages = site.Pages;
        var lastBuild = _byPlace.Recall(pages, UrlOf);
        var sameLinks = ReferenceEquals(site.Links, _links);
        var retitled = new HashSet<string>(StringComparer.Ordinal);
        var newUses = new HashSet<string>(StringComparer.Ordinal);
        var relinked = new HashSet<string>(StringComparer.Ordinal);
        // What each page's entry will keep of its front matter and uses: structs, as a store into an array of
        // references checks the stored object's type, which reads each of 30,000 objects.
        var written = new WrittenPage[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var last = lastBuild[i];
            if (ReferenceEquals(page, last.Page))
            {
                // The same page object: the same front matter, file and kind, written or not.
                if (last.Written.Front is null)
                {
                    continue;
                }

                written[i] = last.Written;
                if (sameLinks)
                {
                    continue;
                }
            }
            else
            {
                if (page.SourcePath is null)
                {
                    if (last.Written.Front is not null)
                    {
                        retitled.Add(page.Url); // written last build, made by the generator now
                    }

                    continue;
                }

                var front = written[i].Front = fingerprints.HashOf(page.FrontMatter);
                if (last.Page is not { } before || last.Written.Front != front || before.SourcePath != page.SourcePath || before.Kind != page.Kind)
                {
                    retitled.Add(page.Url);
                }
            }

            var now = site.Links.Of(page.Url);
            var was = last.Written;
            var hash = ReferenceEquals(now, was.Uses) ? was.UsesHash! : fingerprints.HashOf(now);
            if (hash != was.UsesHash)
            {
                newUses.Add(page.Url);
                relinked.UnionWith(now.LinksTo.Concat(now.Related).Concat(was.Uses?.LinksTo ?? []).Concat(was.Uses?.Related ?? []));
            }

            written[i] = written[i] with { Uses = now, UsesHash = hash };
        }

        if (!_byPlace.FoundByPlace)
        {
            // Written pages of the last build whose URLs are gone: the lists that showed them change.
            var urls = pages.Select(UrlOf).ToHashSet(StringComparer.Ordinal);
            retitled.UnionWith(_last.Where(k => k.Written.Front is not null && !urls.Contains(k.Page!.Url)).Select(k => k.Page!.Url));
        }

        var sections = retitled.Select(Page.ListUrlOf).ToHashSet(StringComparer.Ordinal);
        // No page changed its front matter or uses (most edits): then only a pack is fingerprinted again for its place in
        // the site, and a page that is the same object as last build's is decided without reading it.
        var quiet = retitled.Count == 0 && newUses.Count == 0 && relinked.Count == 0;
        var keys = new string?[pages.Count];
        var records = new PageRecord[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            var last = lastBuild[i];
            if (ReferenceEquals(last.Page, page))
            {
                // The same page object: the same source, and its version.
                var holds = !everything && (quiet ? !last.Pack : Holds(site, page, last.Source, newUses, sections, relinked, retitled));
                keys[i] = holds ? last.Fingerprint : fingerprints.Compute(page);
                records[i] = last with { Fingerprint = keys[i], Written = written[i] };
                return;
            }

            var source = site.SourceOf(page);
            var sourceVersion = source?.SourcePath is { } path ? version(path) : "";
            keys[i] = !everything && last.Version == sourceVersion && Holds(site, page, source, newUses, sections, relinked, retitled)
                ? last.Fingerprint
                : fingerprints.Compute(page);
            records[i] = new PageRecord(keys[i], sourceVersion, page, source, written[i], page.Kind is PageKind.Pack);
        });

        _byPlace.Store(pages, UrlOf, records);
        _last = records;
        _links = site.Links;
        _siteKey = fingerprints.SiteKey;
        _dataKey = fingerprints.DataKey;
        return keys;
    }

    // Whether nothing a page's last fingerprint was made from has changed (the site key and the data are checked already).
    private static bool Holds(Site site, Page page, Page? source,
        HashSet<string> newUses, HashSet<string> sections, HashSet<string> relinked, HashSet<string> retitled)
    {
        if (page.Kind is PageKind.Pack)
        {
            return false;
        }

        // A section lists its pages: at 10,000 pages its fingerprint is the costliest, and it holds while none of them
        // (nor of the sections beside it) changed its front matter.
        if (page.Kind == PageKind.Section && sections.Contains(page.Url))
        {
            return false;
        }

        // The pages made from the whole collection (home, indexes, definitions, bibliography, feed, sitemap) show
        // every written page's front matter and uses, and hold while none of them changed.
        var collection = PageFingerprint.ShowsCollection(page);
        if (collection && (retitled.Count > 0 || newUses.Count > 0))
        {
            return false;
        }

        // Most edits change no page's front matter: then no page needs its section or the pages it shows looked at.
        if (source?.SourcePath is null)
        {
            return sections.Count == 0 || !sections.Contains(page.ListUrl);
        }

        return !newUses.Contains(source.Url) &&
            (sections.Count == 0 || !sections.Contains(source.ListUrl)) && !relinked.Contains(source.Url) &&
            (retitled.Count == 0 || !Shows(site, source, site.Links.Of(source.Url)).Any(retitled.Contains));
    }

    private static string UrlOf(Page page) => page.Url;

    // The pages whose titles and summaries a page shows: related pages, pages it links to, pages that link to it.
    private static IEnumerable<string> Shows(Site site, Page page, PageUses uses) =>
        uses.Related.Concat(uses.LinksTo).Concat(uses.LinksTo.Select(url => url + "/"))
            .Concat(CrossReferences.Lookup(site.Links.Backlinks, page.Url));
}

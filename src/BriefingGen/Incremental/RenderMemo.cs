using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>
/// The last build's rendered pages with the dependency keys each read while it rendered (serve): a page is rendered
/// again when it is new, when it failed to render, or when one of its keys names something that changed.
/// </summary>
internal sealed class RenderMemo
{
    // Every key any page has read, with what it named at the last build; pages hold their keys as indexes into these.
    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Name, string Key)> _keys = [];
    private readonly List<string> _versions = [];
    private readonly List<int> _otherKeys = []; // those not named after a page (see SiteDifference), looked at on every build
    private Site? _last;

    // Each page's last render with the keys it read, by its place among the site's pages.
    private PlaceMemo<(RenderedPage? Page, int[]? Keys)> _rendered = new();
    private readonly ObjectVersions _objects = new();
    private bool _whole; // false while a build is under way: one that stops half way leaves nothing to trust

    /// <summary>How many pages the last build rendered (the rest were reused).</summary>
    public int LastRendered { get; private set; }

    public List<RenderedPage> Render(Site site, SiteTheme theme, PageRenderer renderer)
    {
        if (!_whole)
        {
            Forget();
        }

        _whole = false;
        var versions = new DependencyVersions(site, theme, renderer.PdfsEnabled, _objects);
        var changed = ChangedKeys(versions, site);
        var pages = site.Pages;
        var before = _rendered.Recall(pages, UrlOf);
        var results = new (RenderedPage? Page, int[]? Keys)[pages.Count];
        var reads = new PageDependencies?[pages.Count];
        // Most pages are reused after an edit: they are found in one pass, and only the rest rendered in parallel.
        var again = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (before[i] is { Page: not null, Keys: { } keys } && !AnyChanged(keys, changed))
            {
                results[i] = before[i];
            }
            else
            {
                again.Add(i);
            }
        }

        Parallel.ForEach(again, i =>
        {
            var page = renderer.Render(pages[i]);
            results[i] = (page, null);
            reads[i] = page?.Dependencies;
        });

        var output = new List<RenderedPage>(pages.Count);
        foreach (var i in again)
        {
            results[i].Keys = Ids(reads[i], versions);
        }

        foreach (var (page, _) in results)
        {
            if (page is not null)
            {
                output.Add(page);
            }
        }

        _rendered.Store(pages, UrlOf, results);
        var rendered = again.Count;
        LastRendered = rendered;
        _last = site;
        _whole = true;
        return output;
    }

    // Which known keys name something else than at the last build; their versions are brought up to date, as every page
    // that read one is rendered again now.
    private bool[] ChangedKeys(DependencyVersions versions, Site site)
    {
        var changed = new bool[_keys.Count];
        var looked = _last is { } last && SiteDifference.KeysBetween(last, site) is { } pageKeys ? KnownIds(pageKeys) : null;
        Parallel.For(0, looked?.Count ?? _keys.Count, j =>
        {
            var i = looked?[j] ?? j;
            var (prefix, name, key) = _keys[i];
            var now = versions.VersionOf(prefix, name, key);
            if (now != _versions[i])
            {
                changed[i] = true;
                _versions[i] = now;
            }
        });

        return changed;
    }

    private static string UrlOf(Page page) => page.Url;

    // The keys not named after a page, and those of these page keys that some page read, each once.
    private List<int> KnownIds(List<string> pageKeys)
    {
        var ids = new List<int>(_otherKeys);
        var seen = new HashSet<int>();
        foreach (var key in pageKeys)
        {
            if (_keyIds.TryGetValue(key, out var id) && seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static bool AnyChanged(int[] keys, bool[] changed)
    {
        foreach (var key in keys)
        {
            if (changed[key])
            {
                return true;
            }
        }

        return false;
    }

    // A page's keys as indexes, each new key added with what it names in this build (what the page read).
    private int[] Ids(PageDependencies? read, DependencyVersions versions)
    {
        if (read is null)
        {
            return [];
        }

        var ids = new int[read.Keys.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var key = read.Keys[i];
            if (!_keyIds.TryGetValue(key, out ids[i]))
            {
                ids[i] = _keyIds[key] = _keys.Count;
                var (prefix, name) = DependencyKeys.Split(key);
                if (!SiteDifference.IsPageKey(prefix, name))
                {
                    _otherKeys.Add(ids[i]);
                }

                _keys.Add((prefix, name, key));
                _versions.Add(versions.VersionOf(key));
            }
        }

        return ids;
    }

    private void Forget()
    {
        _keyIds.Clear();
        _keys.Clear();
        _versions.Clear();
        _otherKeys.Clear();
        _rendered = new();
        _last = null;
    }
}

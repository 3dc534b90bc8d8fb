using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// What the link check found in the last build (serve): each page's ids and links, kept while its HTML is the same,
/// and its broken links, kept while neither its links nor the ids and files they lead to changed.
/// </summary>
public sealed class LinkIndexCache
{
    // Kept up to date in place: at 30,000 pages new tables each build would be work for the garbage collector.
    private readonly Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _files = new HashSet<string>();
    private IReadOnlySet<string> _unrendered = new HashSet<string>();
    private bool _kept;

    private sealed record Entry(string Html, PageLinks Links, IReadOnlyList<BrokenLink> Broken);

    internal PageLinks? Find(RenderedPage page)
    {
        if (!_pages.TryGetValue(page.OutputPath, out var entry))
        {
            return null;
        }

        return ReferenceEquals(entry.Html, page.Html) || entry.Html == page.Html ? entry.Links : null;
    }

    /// <summary>
    /// Takes this build's ids of every page. Returns them by page, and the pages whose ids changed, appeared or went
    /// since the last build (a page read again with the same ids counts as unchanged); null when every link must be
    /// checked again.
    /// </summary>
    internal (IReadOnlyDictionary<string, IReadOnlySet<string>> Ids, HashSet<string>? Changed) Start(
        IReadOnlyList<RenderedPage> pages, PageLinks[] found, HashSet<string> files, IReadOnlySet<string> unrendered)
    {
        var everything = !_kept || !_files.SetEquals(files) || !_unrendered.SetEquals(unrendered);
        _kept = false; // until Keep: a build that stops in between leaves ids whose broken links were not kept
        _files = files;
        _unrendered = unrendered;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var path = pages[i].OutputPath;
            if (!_ids.TryGetValue(path, out var before) || !ReferenceEquals(before, found[i].Ids))
            {
                if (before is null || !before.SetEquals(found[i].Ids))
                {
                    changed.Add(path);
                }

                _ids[path] = found[i].Ids;
            }
        }

        if (_ids.Count != pages.Count)
        {
            changed.UnionWith(_ids.RemoveAllBut(pages.Select(p => p.OutputPath)));
            _pages.RemoveAllBut(pages.Select(p => p.OutputPath));
        }

        return (_ids, everything ? null : changed);
    }

    /// <summary>The page's broken links from the last build, when its links and everything they lead to are unchanged.</summary>
    internal IReadOnlyList<BrokenLink>? Unchanged(RenderedPage page, PageLinks links, HashSet<string>? changed)
    {
        if (changed is null || !_pages.TryGetValue(page.OutputPath, out var entry) || !ReferenceEquals(entry.Links.Links, links.Links))
        {
            return null;
        }

        return changed.Count > 0 && links.Links.Any(l => l.Target is not null && changed.Contains(l.Target)) ? null : entry.Broken;
    }

    internal void Keep(IReadOnlyList<RenderedPage> pages, PageLinks[] links, IReadOnlyList<BrokenLink>[] broken)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            if (!_pages.TryGetValue(pages[i].OutputPath, out var entry) || !ReferenceEquals(entry.Html, pages[i].Html) ||
                !ReferenceEquals(entry.Links, links[i]) || !ReferenceEquals(entry.Broken, broken[i]))
            {
                _pages[pages[i].OutputPath] = new Entry(pages[i].Html, links[i], broken[i]);
            }
        }

        _kept = true;
    }
}

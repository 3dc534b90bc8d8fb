using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// What the link check found in the last build (serve): each page's ids and links, kept while its HTML is the same,
/// and its broken links, kept while neither its links nor the ids and files they lead to changed.
/// </summary>
public sealed class LinkIndexCache
{
    private Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _files = new HashSet<string>();
    private IReadOnlySet<string> _unrendered = new HashSet<string>();

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
    /// The pages whose ids changed, appeared or went since the last build (a page read again with the same ids
    /// counts as unchanged); null when every link must be checked again.
    /// </summary>
    internal HashSet<string>? Start(IReadOnlyDictionary<string, IReadOnlySet<string>> ids, HashSet<string> files, IReadOnlySet<string> unrendered)
    {
        var first = _pages.Count == 0;
        var sameAround = _files.SetEquals(files) && _unrendered.SetEquals(unrendered);
        _files = files;
        _unrendered = unrendered;
        if (first || !sameAround)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, pageIds) in ids)
        {
            if (!_pages.TryGetValue(path, out var before) || (!ReferenceEquals(before.Links.Ids, pageIds) && !before.Links.Ids.SetEquals(pageIds)))
            {
                changed.Add(path);
            }
        }

        changed.UnionWith(_pages.Keys.Where(path => !ids.ContainsKey(path)));
        return changed;
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
        var next = new Dictionary<string, Entry>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            next[pages[i].OutputPath] = new Entry(pages[i].Html, links[i], broken[i]);
        }

        _pages = next;
    }
}

using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>
/// What the link check found in the last build (serve): each page's ids and links, kept while its HTML is the same,
/// and its broken links, kept while neither its links nor the ids and files they lead to changed.
/// </summary>
/// <remarks>
/// What a page had is found by its place in the page list when the pages have the same output paths as last time
/// (after most edits they do), else by path: at 30,000 pages the lookups by path were much of an edit's check.
/// </remarks>
public sealed class LinkCheckMemo
{
    // Every page's ids by path, for the links to look up; kept up to date in place, as at 30,000 pages new tables
    // each build would be work for the garbage collector.
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

    // Each page's ids at the last TakeIds, and what was found in it at the last Store; the latter by this build's places.
    private readonly PlaceMemo<IReadOnlySet<string>?> _idsAt = new();
    private readonly PlaceMemo<PageCheck> _checks = new();
    private PageCheck[] _before = [];
    private IReadOnlyList<RenderedPage>? _preparedFor; // the page list _before was found for (a build makes a new list)

    private IReadOnlySet<string> _files = new HashSet<string>();
    private IReadOnlySet<string> _unrendered = new HashSet<string>();
    private bool _complete;
    private (List<AssetFile> Assets, List<string> Later, HashSet<string> Files)? _targetsFrom;

    // Stored in the array itself (a struct), so that a page whose check holds is decided without reading 30,000 objects.
    private readonly record struct PageCheck(RenderedPage? Page, PageLinks? Links, IReadOnlyList<BrokenLink>? Broken);

    private static string PathOf(RenderedPage page) => page.OutputPath;

    /// <summary>Checks the pages' links as <see cref="LinkChecker.Check(IReadOnlyList{RenderedPage}, IReadOnlyList{AssetFile}, IReadOnlyList{string}, DiagnosticBag, LinkSources?)"/> does, reading and checking again only what changed.</summary>
    public void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles, DiagnosticBag diagnostics,
        LinkSources? sources = null)
    {
        sources ??= LinkSources.None;
        var found = new PageLinks[pages.Count];
        var resolved = new ResolvedLinks();
        Prepare(pages);
        Parallel.For(0, pages.Count, i => found[i] = Unread(i, pages[i]) ?? LinkChecker.Read(pages[i], resolved));
        var files = TargetFiles(assets, laterFiles);
        var (ids, changed) = TakeIds(pages, found, files, sources.Unrendered);
        var broken = new IReadOnlyList<BrokenLink>[pages.Count];
        Parallel.For(0, pages.Count, i => broken[i] = Unchanged(i, found[i], changed) ?? LinkChecker.FindBroken(found[i], ids, files, sources.Unrendered));
        Store(pages, found, broken);
        LinkChecker.Report(pages, broken, sources, diagnostics);
    }

    // The files links may lead to, the last build's set when they are the same files: at 10,000 pages the citation files
    // beside them are 30,000 paths, the same from edit to edit.
    private HashSet<string> TargetFiles(IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles)
    {
        if (_targetsFrom is { } last && last.Assets.Count == assets.Count && last.Later.Count == laterFiles.Count
            && Same(last.Assets, assets) && last.Later.SequenceEqual(laterFiles, StringComparer.Ordinal))
        {
            return last.Files;
        }

        var files = LinkChecker.TargetFiles(assets, laterFiles);
        _targetsFrom = ([.. assets], [.. laterFiles], files);
        return files;
    }

    private static bool Same(IReadOnlyList<AssetFile> before, IReadOnlyList<AssetFile> now)
    {
        for (var i = 0; i < now.Count; i++)
        {
            if (!ReferenceEquals(before[i], now[i]) && before[i].OutputPath != now[i].OutputPath)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Starts a build of these pages: what the last build found is looked up by their places.</summary>
    private void Prepare(IReadOnlyList<RenderedPage> pages)
    {
        if (!ReferenceEquals(pages, _preparedFor))
        {
            _before = _checks.Recall(pages, PathOf);
            _preparedFor = pages;
        }
    }


    /// <summary>The links and ids of the page at this place, when its HTML is the same as the last build's.</summary>
    private PageLinks? Unread(int place, RenderedPage page) =>
        _before[place] is { Page: { } before } check && (ReferenceEquals(before, page) || ReferenceEquals(before.Html, page.Html) || before.Html == page.Html)
            ? check.Links
            : null;

    /// <summary>
    /// Takes this build's ids of every page. Returns them by page, and the pages whose ids changed, appeared or went
    /// since the last build (a page read again with the same ids counts as unchanged); null when every link must be
    /// checked again.
    /// </summary>
    private (IReadOnlyDictionary<string, IReadOnlySet<string>> Ids, HashSet<string>? Changed) TakeIds(
        IReadOnlyList<RenderedPage> pages, PageLinks[] found, HashSet<string> files, IReadOnlySet<string> unrendered)
    {
        Prepare(pages);
        var everything = !_complete || !(ReferenceEquals(_files, files) || _files.SetEquals(files)) || !_unrendered.SetEquals(unrendered);
        _complete = false; // until Store: a build that stops in between leaves ids whose broken links were not stored
        _files = files;
        _unrendered = unrendered;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var idsBefore = _idsAt.Recall(pages, PathOf);
        IReadOnlySet<string>?[]? ids = null; // a copy of idsBefore once a page's ids differ (most edits: none do)
        for (var i = 0; i < pages.Count; i++)
        {
            // The links read in the last build, which kept what it found (so its ids are the ones at this place): the same ids.
            if (!everything && ReferenceEquals(found[i], _before[i].Links) && idsBefore[i] is not null)
            {
                continue;
            }

            ids ??= (IReadOnlySet<string>?[])idsBefore.Clone();
            var path = pages[i].OutputPath;
            var now = ids[i] = found[i].Ids;
            if (!ReferenceEquals(idsBefore[i], now))
            {
                if (idsBefore[i] is not { } before || !before.SetEquals(now))
                {
                    changed.Add(path);
                }

                _ids[path] = now;
            }
        }

        ids ??= idsBefore;
        if (_ids.Count != pages.Count)
        {
            changed.UnionWith(_ids.RemoveAllBut(pages.Select(p => p.OutputPath)));
        }

        _idsAt.Store(pages, PathOf, ids);
        return (_ids, everything ? null : changed);
    }

    /// <summary>The broken links the page at this place had in the last build, when its links and everything they lead to are unchanged.</summary>
    private IReadOnlyList<BrokenLink>? Unchanged(int place, PageLinks links, HashSet<string>? changed)
    {
        var check = _before[place];
        if (changed is null || check.Links is not { } before || !(ReferenceEquals(before, links) || ReferenceEquals(before.Links, links.Links)))
        {
            return null;
        }

        return changed.Count > 0 && links.Links.Any(l => l.Target is not null && changed.Contains(l.Target)) ? null : check.Broken;
    }

    private void Store(IReadOnlyList<RenderedPage> pages, PageLinks[] links, IReadOnlyList<BrokenLink>[] broken)
    {
        var checks = new PageCheck[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            checks[i] = new PageCheck(pages[i], links[i], broken[i]);
        }

        _checks.Store(pages, PathOf, checks);
        _before = checks;
        _preparedFor = null;
        _complete = true;
    }
}

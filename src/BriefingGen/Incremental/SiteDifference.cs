using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>
/// The dependency keys named after one page (<c>page:</c>, <c>body:</c>, <c>uses:</c>, <c>neighbours:</c>,
/// <c>children:</c>, <c>source:</c>, <c>commit:</c>, backlinks, and the list of all pages) that may name something
/// else in this build's site than in the last one's. There are several such keys a page, so serve does not look at
/// each on every edit: when the pages stand where they stood with the same URLs and files (after most edits they do),
/// only those of the pages, lists and uses that are not the same objects as before can have changed, as the model's
/// objects are never changed in place. Any other key is looked at on every build.
/// </summary>
internal static class SiteDifference
{
    /// <summary>Whether a key is named after one page (or is the list of all pages), so that <see cref="KeysBetween"/> finds it when it changed.</summary>
    public static bool IsPageKey(string prefix, string name) =>
        prefix switch
        {
            DependencyKeys.PagePrefix or DependencyKeys.BodyPrefix or DependencyKeys.UsesPrefix or DependencyKeys.NeighboursPrefix
                or DependencyKeys.ChildrenPrefix or DependencyKeys.SourcePrefix or DependencyKeys.CommitPrefix or DependencyKeys.AllPages => true,
            DependencyKeys.LinksPrefix => name.StartsWith(CrossReferenceNames.Backlinks + ":", StringComparison.Ordinal),
            _ => false,
        };

    /// <summary>
    /// The page keys that may have changed from <paramref name="before"/> to <paramref name="now"/>, or null when the
    /// pages moved, came or went (or the history of commits changed): then any of them may have.
    /// </summary>
    public static List<string>? KeysBetween(Site before, Site now)
    {
        var (was, @is) = (before.Pages, now.Pages);
        if (was.Count != @is.Count || !SameCommits(before.CommitDates, now.CommitDates))
        {
            return null;
        }

        var keys = new List<string>();
        for (var i = 0; i < @is.Count; i++)
        {
            var (then, page) = (was[i], @is[i]);
            if (ReferenceEquals(then, page))
            {
                continue;
            }

            // A page at a new URL or from another file moves what the source, commit and list keys name.
            if (!string.Equals(then.Url, page.Url, StringComparison.Ordinal) || !string.Equals(then.SourcePath, page.SourcePath, StringComparison.Ordinal))
            {
                return null;
            }

            keys.Add(DependencyKeys.Page(page.Url));
            keys.Add(DependencyKeys.Body(page.Url));
        }

        return Lists(before, now, keys) && Uses(before, now, keys) ? keys : null;
    }

    // A list whose pages are not the same URLs in the same order changes its listing's children and its pages'
    // neighbours (a list is made anew each build, with this build's page objects).
    private static bool Lists(Site before, Site now, List<string> keys)
    {
        if (before.Lists.Count != now.Lists.Count)
        {
            return false;
        }

        foreach (var (listing, list) in now.Lists)
        {
            if (!before.Lists.TryGetValue(listing, out var then))
            {
                return false;
            }

            if (!SameUrls(then, list))
            {
                keys.Add(DependencyKeys.Children(listing));
                AddNeighbours(then, keys);
                AddNeighbours(list, keys);
            }
        }

        return true;
    }

    private static bool SameUrls(IReadOnlyList<Page> a, IReadOnlyList<Page> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i].Url, b[i].Url, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddNeighbours(IReadOnlyList<Page> list, List<string> keys)
    {
        foreach (var page in list)
        {
            keys.Add(DependencyKeys.Neighbours(page.Url));
        }
    }

    // The cross-references are the same object when no page's uses changed (an edit to a page's text); else the
    // pages whose uses are not the same objects, and the backlinks of what they link to now or linked to before.
    private static bool Uses(Site before, Site now, List<string> keys)
    {
        var (was, @is) = (before.Links, now.Links);
        if (ReferenceEquals(was, @is))
        {
            return true;
        }

        foreach (var page in now.Pages)
        {
            var (then, uses) = (was.UsesOf(page.Url), @is.UsesOf(page.Url));
            if (ReferenceEquals(then, uses))
            {
                continue;
            }

            keys.Add(DependencyKeys.Uses(page.Url));
            foreach (var url in then.LinksTo.Concat(then.Related).Concat(uses.LinksTo).Concat(uses.Related))
            {
                keys.Add(DependencyKeys.Links(CrossReferenceNames.Backlinks, url));
            }
        }

        return true;
    }

    private static bool SameCommits(Loading.CommitDates a, Loading.CommitDates b)
    {
        if (ReferenceEquals(a, b) || ReferenceEquals(a.ByPath, b.ByPath))
        {
            return true;
        }

        if (a.ByPath.Count != b.ByPath.Count)
        {
            return false;
        }

        foreach (var (path, date) in b.ByPath)
        {
            if (!a.ByPath.TryGetValue(path, out var then) || !Equals(then, date))
            {
                return false;
            }
        }

        return true;
    }
}

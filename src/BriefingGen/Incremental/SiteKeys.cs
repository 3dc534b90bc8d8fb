using BriefingGen.Model;

namespace BriefingGen.Incremental;

/// <summary>
/// The site key (what every page's fingerprint depends on: templates, settings, the list of pages), with what the
/// last one was made from (serve): most edits leave those as they were, and at 30,000 pages comparing the pages
/// (mostly the same objects) is much cheaper than hashing their list again.
/// </summary>
public sealed class SiteKeys
{
    private sealed record LastKey(string[] Head, IReadOnlyList<Page> Pages, string Key);

    private LastKey? _last;

    public string KeyOf(Site site, string templatesKey)
    {
        var head = Head(site, templatesKey);
        if (_last is { } last && head.AsSpan().SequenceEqual(last.Head) && SameList(site.Pages, last.Pages))
        {
            return last.Key;
        }

        var key = PageFingerprint.HashLines(head.Concat(site.Pages.Select(ListLine)));
        _last = new LastKey(head, site.Pages, key);
        return key;
    }

    // What every page depends on besides the page list: templates, settings, how many items of each kind there are
    // (the home page's counts), and the free data when a template reads site.data.
    private static string[] Head(Site site, string templatesKey)
    {
        var briefing = site.Briefing;
        return
        [
            templatesKey, PageFingerprint.Json(site.Config),
            string.Join(" ", Model.Items.DataKinds.All.Select(kind => briefing.ItemsOf(kind).Count)),
            templatesKey.Contains("site.data", StringComparison.Ordinal) ? PageFingerprint.Json(site.Data) : "",
        ];
    }

    // What the page list shows of a page: its URL, and the title and summary of a list or a generated page (breadcrumbs and menus show them).
    private static bool Titled(Page page) => page.IsListing || page.SourcePath is null;

    private static string ListLine(Page page) => Titled(page) ? page.Url + "|" + page.Title + "|" + page.Summary : page.Url;

    private static bool SameList(IReadOnlyList<Page> pages, IReadOnlyList<Page> before)
    {
        if (pages.Count != before.Count)
        {
            return false;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var (page, was) = (pages[i], before[i]);
            if (!ReferenceEquals(page, was) && (page.Url != was.Url || Titled(page) != Titled(was) ||
                (Titled(page) && (page.Title != was.Title || page.Summary != was.Summary))))
            {
                return false;
            }
        }

        return true;
    }
}

using BriefingGen.Model;

namespace BriefingGen.Incremental;

/// <summary>
/// Puts pages in order, remembering the last orders found (serve): the site's pages in URL order, and each list's
/// pages in list order. At 30,000 pages sorting is much of an edit's work, and most edits change neither order.
/// </summary>
public sealed class PageOrderMemo
{
    private string[] _urls = [];
    private int[] _order = [];

    // The last lists made, and where each page (by URL) stood in its list, with what it was sorted by.
    private Dictionary<string, IReadOnlyList<Page>> _lists = new(StringComparer.Ordinal);
    private Dictionary<string, Place> _places = new(StringComparer.Ordinal);
    private Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    private sealed record Place(string List, int Index, long Weight, DateOnly? Date, string Title);

    /// <summary>The pages in URL order: when they come with the same URLs in the same order as last time, as they do after most edits, that order is used again.</summary>
    public List<Page> ByUrl(List<Page> pages)
    {
        if (!IsLastOrdered(pages))
        {
            _urls = pages.Select(p => p.Url).ToArray();
            _order = Enumerable.Range(0, pages.Count).ToArray();
            Array.Sort(_urls.ToArray(), _order, StringComparer.Ordinal);
        }

        var sorted = new List<Page>(pages.Count);
        foreach (var index in _order)
        {
            sorted.Add(pages[index]);
        }

        return sorted;
    }

    // The pages the last lists were made from, by place, and whether each is listed; in structs, so that comparing
    // them with this build's pages reads no page (at 30,000 pages, reading them all was most of making the lists).
    private PagePlace[] _placed = [];

    private struct PagePlace
    {
        public Page Page;
        public bool Listed;
    }

    /// <summary>
    /// The lists of the site's pages (see <see cref="Group"/>). When the pages stand where they stood last build and
    /// each changed page keeps its URL, weight, date and title (as after an edit to a page's body), the last lists
    /// with the new page objects in their places.
    /// </summary>
    public (IReadOnlyDictionary<string, IReadOnlyList<Page>> Lists, IReadOnlyDictionary<string, int> Indexes) Lists(IReadOnlyList<Page> pages)
    {
        if (Patched(pages) is { } patched)
        {
            return patched;
        }

        _placed = new PagePlace[pages.Count];
        var listed = new List<Page>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            _placed[i] = new PagePlace { Page = pages[i], Listed = PageTables.IsListed(pages[i]) };
            if (_placed[i].Listed)
            {
                listed.Add(pages[i]);
            }
        }

        return Group(listed);
    }

    private (IReadOnlyDictionary<string, IReadOnlyList<Page>> Lists, IReadOnlyDictionary<string, int> Indexes)? Patched(IReadOnlyList<Page> pages)
    {
        if (pages.Count != _placed.Length)
        {
            return null;
        }

        List<(int At, Place Place)>? changed = null;
        for (var i = 0; i < pages.Count; i++)
        {
            var placed = _placed[i];
            var page = pages[i];
            if (ReferenceEquals(page, placed.Page))
            {
                continue;
            }

            var listed = PageTables.IsListed(page);
            if (listed != placed.Listed)
            {
                return null;
            }

            if (!listed)
            {
                _placed[i].Page = page;
                continue;
            }

            if (!string.Equals(page.Url, placed.Page.Url, StringComparison.Ordinal) || !_places.TryGetValue(page.Url, out var place) ||
                place.Weight != page.Weight || place.Date != page.Date || !string.Equals(place.Title, page.Title, StringComparison.Ordinal))
            {
                return null;
            }

            (changed ??= []).Add((i, place));
        }

        if (changed is not null)
        {
            var lists = new Dictionary<string, IReadOnlyList<Page>>(_lists, StringComparer.Ordinal);
            var copied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (at, place) in changed)
            {
                // The last build's list is the last site's: this build's is a copy with the new page in its place.
                if (copied.Add(place.List))
                {
                    lists[place.List] = lists[place.List].ToArray();
                }

                ((Page[])lists[place.List])[place.Index] = pages[at];
                _placed[at].Page = pages[at];
            }

            _lists = lists;
        }

        return (_lists, _indexes);
    }

    /// <summary>
    /// The pages grouped by list (their folder's URL), each list in <see cref="Site.Order"/>, and each page's place
    /// in its list by URL. A list of the same URLs as last time, each with the weight, date and title it had, keeps
    /// its order (with this build's page objects): an edit to a page's body does not sort its list again.
    /// </summary>
    public (IReadOnlyDictionary<string, IReadOnlyList<Page>> Lists, IReadOnlyDictionary<string, int> Indexes) Group(IEnumerable<Page> listed)
    {
        var groups = new Dictionary<string, List<(Page Page, Place? Place)>>(_lists.Count, StringComparer.Ordinal);
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in listed)
        {
            string list;
            if (_places.TryGetValue(page.Url, out var place) && place.Weight == page.Weight && place.Date == page.Date &&
                string.Equals(place.Title, page.Title, StringComparison.Ordinal))
            {
                list = place.List; // a page's list comes from its URL alone
            }
            else
            {
                list = Site.ParentOf(page);
                moved.Add(list);
                place = null;
            }

            if (!groups.TryGetValue(list, out var members))
            {
                groups[list] = members = new(_lists.GetValueOrDefault(list)?.Count ?? 4);
            }

            members.Add((page, place));
        }

        var lists = new Dictionary<string, IReadOnlyList<Page>>(groups.Count, StringComparer.Ordinal);
        foreach (var (list, members) in groups)
        {
            // Every member stood in this list, sorted by the same values, and none left it: the same order.
            if (!moved.Contains(list) && _lists.TryGetValue(list, out var before) && before.Count == members.Count)
            {
                var ordered = new Page[members.Count];
                foreach (var (page, place) in members)
                {
                    ordered[place!.Index] = page;
                }

                lists[list] = SameObjects(ordered, before) ? before : ordered;
            }
            else
            {
                lists[list] = Site.Order(members.Select(m => m.Page)).ToList();
                moved.Add(list);
            }
        }

        if (moved.Count > 0 || lists.Count != _lists.Count)
        {
            _places = new Dictionary<string, Place>(_places.Count, StringComparer.Ordinal);
            _indexes = new Dictionary<string, int>(_indexes.Count, StringComparer.Ordinal);
            foreach (var (list, pages) in lists)
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var page = pages[i];
                    _places[page.Url] = new Place(list, i, page.Weight, page.Date, page.Title);
                    _indexes[page.Url] = i;
                }
            }
        }

        _lists = lists;
        return (lists, _indexes);
    }

    private static bool SameObjects(Page[] pages, IReadOnlyList<Page> before)
    {
        for (var i = 0; i < pages.Length; i++)
        {
            if (!ReferenceEquals(pages[i], before[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the pages have the same URLs, in the same order, as the last pages put in URL order.</summary>
    public bool IsLastOrdered(List<Page> pages)
    {
        if (pages.Count != _urls.Length)
        {
            return false;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            if (!string.Equals(pages[i].Url, _urls[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

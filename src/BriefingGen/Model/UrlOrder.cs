namespace BriefingGen.Model;

/// <summary>
/// Puts pages in URL order, remembering the last order found (serve): when the pages come with the same URLs in the
/// same order as last time, as they do after most edits, that order is used again instead of sorting 30,000 pages.
/// </summary>
public sealed class UrlOrder
{
    private string[] _urls = [];
    private int[] _order = [];

    public List<Page> Sort(List<Page> pages)
    {
        if (!SameAsLastTime(pages))
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

    private bool SameAsLastTime(List<Page> pages)
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

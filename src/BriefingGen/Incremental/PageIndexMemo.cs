using BriefingGen.Model;

namespace BriefingGen.Incremental;

/// <summary>
/// The pages by URL and the written pages by source path, kept from the last build (serve): when the pages have the
/// same URLs in the same order, the last tables are copied and only the page objects made again (the edited files'
/// pages and their print editions) are put in, instead of hashing 30,000 URLs again. A table is never changed once
/// a site holds it.
/// </summary>
public sealed class PageIndexMemo
{
    private IReadOnlyList<Page> _pages = [];
    private Dictionary<string, Page> _byUrl = new(StringComparer.Ordinal);
    private Dictionary<string, Page> _bySource = new(StringComparer.Ordinal);

    /// <summary>The pages by URL, and the written pages by source path.</summary>
    public (IReadOnlyDictionary<string, Page> ByUrl, IReadOnlyDictionary<string, Page> BySource) Index(IReadOnlyList<Page> pages)
    {
        if (Remade(pages) is not { } remade)
        {
            _byUrl = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
            foreach (var page in pages)
            {
                _byUrl[page.Url] = page;
            }

            _bySource = Site.IndexBySource(pages);
        }
        else if (remade.Count > 0)
        {
            _byUrl = new Dictionary<string, Page>(_byUrl, StringComparer.Ordinal);
            _bySource = new Dictionary<string, Page>(_bySource, StringComparer.Ordinal);
            foreach (var page in remade)
            {
                _byUrl[page.Url] = page;
                if (page.SourcePath is not null)
                {
                    _bySource[page.SourcePath] = page;
                }
            }
        }

        _pages = pages;
        return (_byUrl, _bySource);
    }

    // The pages that are new objects at their places, or null when the URLs (or written pages' sources) are not the
    // same as last time. A page object seen before has the same URL and source.
    private List<Page>? Remade(IReadOnlyList<Page> pages)
    {
        if (pages.Count != _pages.Count)
        {
            return null;
        }

        var remade = new List<Page>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, was) = (pages[i], _pages[i]);
            if (ReferenceEquals(page, was))
            {
                continue;
            }

            if (page.Url != was.Url || page.SourcePath != was.SourcePath)
            {
                return null;
            }

            remade.Add(page);
        }

        return remade;
    }
}

using System.Runtime.CompilerServices;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>The last build's rendered pages with their fingerprints (serve): a page is rendered again only when its fingerprint changed.</summary>
internal sealed class RenderMemo
{
    private readonly PlaceMemo<(string? Fingerprint, RenderedPage? Page)> _rendered = new();
    private readonly FingerprintMemo _fingerprints = new();
    private readonly SiteKeys _siteKeys = new();
    private readonly ConditionalWeakTable<object, string> _hashes = new();

    /// <summary>How many pages the last build rendered (the rest were reused).</summary>
    public int LastRendered { get; private set; }

    /// <summary>Each page's fingerprint, in the site's page order; null for a page that is always rendered (a pack).</summary>
    public string?[] Fingerprints(Site site, SiteTheme theme, Func<string, string> version) =>
        _fingerprints.Fingerprints(site, new PageFingerprint(site, theme.Key, version, _siteKeys, _hashes), version);

    public List<RenderedPage> Render(Site site, string?[] fingerprints, PageRenderer renderer)
    {
        var last = _rendered.Recall(site.Pages, PageUrl);
        var results = new (string? Fingerprint, RenderedPage? Page)[site.Pages.Count];
        var rendered = 0;
        Parallel.For(0, site.Pages.Count, i =>
        {
            // A page without a fingerprint (a pack) is always rendered, and so is one that failed to render (its errors are reported again).
            if (fingerprints[i] is { } key && last[i] is { Page: not null } before && before.Fingerprint == key)
            {
                results[i] = before;
                return;
            }

            Interlocked.Increment(ref rendered);
            results[i] = (fingerprints[i], renderer.Render(site.Pages[i]));
        });

        _rendered.Store(site.Pages, PageUrl, results);
        LastRendered = rendered;
        var pages = new List<RenderedPage>(results.Length);
        foreach (var (_, page) in results)
        {
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private static string PageUrl(Page page) => page.Url;
}

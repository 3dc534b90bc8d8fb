using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>Keeps each page's ids and links between builds, so that only pages whose HTML changed are parsed again.</summary>
public sealed class LinkIndexCache
{
    private Dictionary<string, (string Html, PageLinks Links)> _pages = new(StringComparer.Ordinal);

    public void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, LinkSources sources, DiagnosticBag diagnostics)
    {
        var previous = _pages;
        var next = new System.Collections.Concurrent.ConcurrentDictionary<string, (string, PageLinks)>(StringComparer.Ordinal);
        LinkChecker.Check(pages, assets, [], diagnostics, sources, (page, parser) =>
        {
            var links = previous.TryGetValue(page.OutputPath, out var cached) && (ReferenceEquals(cached.Html, page.Html) || cached.Html == page.Html)
                ? cached.Links
                : LinkChecker.Read(page, parser);
            next[page.OutputPath] = (page.Html, links);
            return links;
        });
        _pages = new Dictionary<string, (string, PageLinks)>(next, StringComparer.Ordinal);
    }
}

using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// Where the links of the rendered pages were written, so that a broken link is reported once, where an editor can
/// fix it: at its line in the Markdown, at the menu entry in site.config.yml, or not at all when it leads to a
/// page that failed to render (that failure is reported already).
/// </summary>
public sealed class LinkSources
{
    // Looked up only when a link is broken: most builds never need it, and at 10,000 pages it costs an edit time.
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<SourceLink>>> _byOrigin;

    // A pack's file, with the Markdown files of the papers it prints: a link in their text is written in them.
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _packSources;

    // The links of the data files' texts, which any page may show.
    private readonly IReadOnlyList<SourceLink> _dataLinks;

    private LinkSources(Func<IReadOnlyDictionary<string, IReadOnlyList<SourceLink>>> byOrigin, IReadOnlyList<(string File, string? Fragment, MenuItem Item)> menu, IReadOnlySet<string> unrendered,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? packSources = null, IReadOnlyList<SourceLink>? dataLinks = null)
    {
        _dataLinks = dataLinks ?? [];
        _byOrigin = new Lazy<IReadOnlyDictionary<string, IReadOnlyList<SourceLink>>>(byOrigin);
        _packSources = packSources ?? new Dictionary<string, IReadOnlyList<string>>();
        Menu = menu;
        Unrendered = unrendered;
    }

    public static LinkSources None { get; } = new(() => new Dictionary<string, IReadOnlyList<SourceLink>>(), [], new HashSet<string>());

    /// <summary>The site-path entries of the menu, with the file each leads to.</summary>
    public IReadOnlyList<(string File, string? Fragment, MenuItem Item)> Menu { get; }

    /// <summary>Pages that were refused or did not render (their errors are reported); links to them are not reported again.</summary>
    public IReadOnlySet<string> Unrendered { get; }

    public static LinkSources Collect(Site site, IReadOnlyList<RenderedPage> rendered)
    {
        IReadOnlyDictionary<string, IReadOnlyList<SourceLink>> ByOrigin()
        {
            var byOrigin = new Dictionary<string, IReadOnlyList<SourceLink>>(StringComparer.Ordinal);
            foreach (var page in site.Pages.Where(p => p.SourcePath is not null))
            {
                var links = site.Links.UsesOf(page.Url).SourceLinks;
                if (links.Count > 0)
                {
                    byOrigin[page.SourcePath!] = links;
                }
            }

            return byOrigin;
        }

        var menu = new List<(string, string?, MenuItem)>();
        foreach (var item in site.Config.Menu.Where(m => m.Url.StartsWith('/') && !m.Url.StartsWith("//", StringComparison.Ordinal)))
        {
            var (path, fragment) = SitePath.SplitUrl(item.Url);
            menu.Add((SitePath.FileOf(path.TrimStart('/')), fragment, item));
        }

        // Rendered pages are some of the site's pages: when there are as many, every page rendered.
        IReadOnlySet<string> unrendered = site.RefusedFiles;
        if (rendered.Count != site.Pages.Count)
        {
            var written = rendered.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
            unrendered = site.Pages.Select(p => p.OutputPath).Where(p => !written.Contains(p)).Concat(site.RefusedFiles).ToHashSet(StringComparer.Ordinal);
        }

        var packSources = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var pack in site.Packs)
        {
            packSources[SitePath.FileOf(pack.Url)] = pack.PageUrls.Select(site.Find).Select(p => p?.SourcePath).OfType<string>().ToList();
        }

        return new LinkSources(ByOrigin, menu, unrendered, packSources, site.DataLinks);
    }

    /// <summary>The link written in <paramref name="origin"/>'s Markdown (or in a data file's text) that leads to this file and fragment, if there is one.</summary>
    public SourceLink? Written(string origin, string pageFile, string target, string? fragment)
    {
        var origins = _packSources.TryGetValue(pageFile, out var papers) ? papers.Prepend(origin) : [origin];
        foreach (var file in origins)
        {
            if (_byOrigin.Value.TryGetValue(file, out var links) && Leading(links, pageFile, target, fragment) is { } link)
            {
                return link;
            }
        }

        return Leading(_dataLinks, pageFile, target, fragment);
    }

    private static SourceLink? Leading(IReadOnlyList<SourceLink> links, string pageFile, string target, string? fragment) =>
        links.FirstOrDefault(l => !l.LeavesSite && (l.TargetFile ?? pageFile) == target && l.Fragment == fragment);

    /// <summary>Whether <paramref name="url"/>, found on this page, is a link of its Markdown that the model reported as leaving the site.</summary>
    public bool ReportedAsLeaving(string origin, string pageFile, string url)
    {
        var origins = _packSources.TryGetValue(pageFile, out var papers) ? papers.Prepend(origin) : [origin];
        return origins.Any(file => _byOrigin.Value.TryGetValue(file, out var links) && links.Any(l => l.LeavesSite && l.Written == url)) ||
            _dataLinks.Any(l => l.LeavesSite && l.Written == url);
    }

    /// <summary>The menu entry that leads to this file and fragment, if there is one.</summary>
    public MenuItem? MenuEntry(string target, string? fragment) =>
        Menu.FirstOrDefault(m => m.File == target && m.Fragment == fragment).Item;
}

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

    private LinkSources(Func<IReadOnlyDictionary<string, IReadOnlyList<SourceLink>>> byOrigin, IReadOnlyList<(string File, string? Fragment, MenuItem Item)> menu, IReadOnlySet<string> unrendered)
    {
        _byOrigin = new Lazy<IReadOnlyDictionary<string, IReadOnlyList<SourceLink>>>(byOrigin);
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

        return new LinkSources(ByOrigin, menu, unrendered);
    }

    /// <summary>The link written in <paramref name="origin"/>'s Markdown that leads to this file and fragment, if there is one.</summary>
    public SourceLink? Written(string origin, string pageFile, string target, string? fragment)
    {
        if (!_byOrigin.Value.TryGetValue(origin, out var links))
        {
            return null;
        }

        return links.FirstOrDefault(l => (l.TargetFile ?? pageFile) == target && l.Fragment == fragment);
    }

    /// <summary>The menu entry that leads to this file and fragment, if there is one.</summary>
    public MenuItem? MenuEntry(string target, string? fragment) =>
        Menu.FirstOrDefault(m => m.File == target && m.Fragment == fragment).Item;
}

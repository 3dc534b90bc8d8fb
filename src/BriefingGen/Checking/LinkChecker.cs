using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Links;

namespace BriefingGen.Checking;

/// <summary>
/// Reads every written page's links (<see cref="HtmlLinkReader"/>) and checks that each internal link and <c>#fragment</c>
/// resolves to a written file and an existing id. External addresses are not fetched.
/// </summary>
public static class LinkChecker
{
    /// <param name="laterFiles">Files written after rendering (the PDFs) that pages may link to.</param>
    /// <param name="sources">Where the pages' links were written, so that each broken link is reported once, where it can be fixed.</param>
    public static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles,
        DiagnosticBag diagnostics, LinkSources? sources = null)
    {
        var found = new PageLinks[pages.Count];
        var resolved = new ResolvedLinks();
        Parallel.For(0, pages.Count, i => found[i] = Read(pages[i], resolved));
        Check(pages, found, assets, laterFiles, diagnostics, sources);
    }

    /// <summary>Checks pages whose links were read already (<paramref name="found"/>, in the order of <paramref name="pages"/>).</summary>
    public static void Check(IReadOnlyList<RenderedPage> pages, PageLinks[] found, IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles,
        DiagnosticBag diagnostics, LinkSources? sources = null)
    {
        sources ??= LinkSources.None;
        var files = TargetFiles(assets, laterFiles);
        var ids = IdsByPath(pages, found);
        var broken = new IReadOnlyList<BrokenLink>[pages.Count];
        Parallel.For(0, pages.Count, i => broken[i] = FindBroken(found[i], ids, files, sources.Unrendered));
        Report(pages, broken, sources, diagnostics);
    }

    /// <summary>The files besides pages that links may lead to: the assets, and what is written after the pages.</summary>
    public static HashSet<string> TargetFiles(IReadOnlyList<AssetFile> assets, IReadOnlyList<string> laterFiles) =>
        assets.Select(a => a.OutputPath).Concat(laterFiles).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reports each page's broken links (<paramref name="broken"/>, in the order of <paramref name="pages"/>), in page order, so that diagnostics do not depend on the thread schedule.</summary>
    public static void Report(IReadOnlyList<RenderedPage> pages, IReadOnlyList<BrokenLink>[] broken, LinkSources sources, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (ReferenceEquals(broken[i], NoBrokenLinks))
            {
                continue; // most pages: not even their list is looked at
            }

            foreach (var (link, code) in broken[i])
            {
                var target = link.Target;
                if (target is null && sources.ReportedAsLeaving(pages[i].Origin, pages[i].OutputPath, link.Url))
                {
                    continue;
                }

                Func<string, string> message = code == DiagnosticCodes.BrokenLink
                    ? written => $"the link to '{written}' leads to {target ?? "a place outside the site"}, which the build does not write"
                    : written => $"the link to '{written}' leads to {target}, which has no element with id '{link.Fragment}'";
                Report(code, pages[i], link.Url, target, link.Fragment, sources, diagnostics, reported, message);
            }
        }
    }

    /// <summary>Every page's ids, by its output path.</summary>
    public static Dictionary<string, IReadOnlySet<string>> IdsByPath(IReadOnlyList<RenderedPage> pages, PageLinks[] found)
    {
        var ids = new Dictionary<string, IReadOnlySet<string>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            ids[pages[i].OutputPath] = found[i].Ids;
        }

        return ids;
    }

    /// <summary>What <see cref="FindBroken"/> gives a page without broken links (shared, so that reporting passes over it without reading it).</summary>
    public static readonly IReadOnlyList<BrokenLink> NoBrokenLinks = [];

    /// <summary>The page's links that lead to no written file (or to none of the files' ids).</summary>
    /// <param name="unrendered">Files of refused pages: links to them were reported with the page.</param>
    public static IReadOnlyList<BrokenLink> FindBroken(PageLinks page, IReadOnlyDictionary<string, IReadOnlySet<string>> ids, HashSet<string> files, IReadOnlySet<string> unrendered)
    {
        List<BrokenLink>? broken = null;
        foreach (var link in page.Links)
        {
            var target = link.Target;
            if (target is not null && unrendered.Contains(target))
            {
                continue;
            }

            if (target is null || (!ids.ContainsKey(target) && !files.Contains(target)))
            {
                (broken ??= []).Add(new BrokenLink(link, DiagnosticCodes.BrokenLink));
            }
            else if (link.Fragment is { } fragment && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
            {
                (broken ??= []).Add(new BrokenLink(link, DiagnosticCodes.BrokenFragment));
            }
        }

        return broken ?? NoBrokenLinks;
    }

    // At the Markdown line or menu entry the link was written at, once; else at the page's source or layout, once per target.
    private static void Report(string code, RenderedPage page, string url, string? target, string? fragment, LinkSources sources,
        DiagnosticBag diagnostics, HashSet<string> reported, Func<string, string> message)
    {
        SourceSpan span;
        string written;
        if (target is not null && sources.Written(page.Origin, page.OutputPath, target, fragment) is { } link)
        {
            (span, written) = (link.Span, link.Written);
        }
        else if (target is not null && sources.MenuEntry(target, fragment) is { Span: { } menuSpan } item)
        {
            (span, written) = (menuSpan, item.Url);
        }
        else
        {
            // Not written in the page's Markdown or the menu: the link comes from the layout (or from the collection,
            // which the layout shows), the same on every page that uses it, so it is reported once, at the layout.
            var origin = page.Layout ?? page.Origin;
            (span, written) = (SourceSpan.File(origin), url);
            if (!reported.Add($"{code} {origin} {target} {fragment}"))
            {
                return;
            }

            diagnostics.Error(code, span, $"{message(written)} (on {page.OutputPath})");
            return;
        }

        if (reported.Add($"{code} {span} {written}"))
        {
            diagnostics.Error(code, span, message(written));
        }
    }

    /// <summary>A page's ids and internal links, read from its HTML (see <see cref="Read(RenderedPage)"/>).</summary>
    /// <param name="resolved">Links resolved for other pages of this build, shared where the folder and URL are the same.</param>
    public static PageLinks Read(RenderedPage page, ResolvedLinks resolved) => Read(page, page.Html, resolved);

    /// <summary>As <see cref="Read(RenderedPage, ResolvedLinks)"/>, for a page whose HTML is given apart from it (still in the render's buffer).</summary>
    public static PageLinks Read(RenderedPage page, ReadOnlySpan<char> html, ResolvedLinks resolved)
    {
        var written = Read(page, html);
        return new(written.Ids, InternalLinks(page.OutputPath, FromRoot(written.Urls, page.RootPath), resolved));
    }

    /// <summary>The ids of a page's elements and the URLs of its links, stylesheets and images, read from its HTML (<see cref="HtmlLinkReader"/>).</summary>
    public static WrittenLinks Read(RenderedPage page) => Read(page, page.Html);

    private static WrittenLinks Read(RenderedPage page, ReadOnlySpan<char> html)
    {
        // A citation file (BibTeX, RIS, JSON) is data, not markup: a '<' in a title there is text, never a link.
        if (!page.OutputPath.EndsWith(".html", StringComparison.Ordinal) && !page.OutputPath.EndsWith(".xml", StringComparison.Ordinal))
        {
            return WrittenLinks.None;
        }

        return HtmlLinkReader.Read(html);
    }

    // Links that start from the site's path on its host (the 404 page's) are checked as the relative links they stand for.
    private static IReadOnlyList<string> FromRoot(IReadOnlyList<string> urls, string? rootPath)
    {
        if (rootPath is null)
        {
            return urls;
        }

        return urls.Select(url => url.StartsWith(rootPath, StringComparison.Ordinal) ? url[rootPath.Length..] is { Length: > 0 } rest ? rest : "index.html" : url).ToList();
    }

    // Each internal link's file and fragment, worked out once per page (a cache keeps them while the page is unchanged).
    private static List<PageLink> InternalLinks(string pageFile, IReadOnlyList<string> urls, ResolvedLinks resolved)
    {
        var links = new List<PageLink>(urls.Count);
        var folder = pageFile[..(pageFile.LastIndexOf('/') + 1)];
        var depth = folder.AsSpan().Count('/');
        var fromRoot = "/" + depth; // no folder starts with '/', so this key names "any folder this deep"
        foreach (var url in urls)
        {
            // Links to Markdown files that do not resolve are reported by the model at their line already.
            var hash = url.IndexOf('#');
            if (IsExternal(url) || (hash < 0 ? url.AsSpan() : url.AsSpan(0, hash)).EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A link with no path ("#notes", "?q=1", "") leads to this page's own file, so it is not shared with the folder.
            // A link that climbs to the root ("../../definitions/") leads to the same file from every folder as deep.
            links.Add(url.Length == 0 || url[0] is '#' or '?' ? Resolved(pageFile, url)
                : resolved.Get(LeadingUps(url) >= depth ? fromRoot : folder, url, pageFile, Resolved));
        }

        return links;
    }

    private static int LeadingUps(string url)
    {
        var ups = 0;
        while (url.AsSpan(ups * 3).StartsWith("../"))
        {
            ups++;
        }

        return ups;
    }

    private static PageLink Resolved(string pageFile, string url)
    {
        var (path, fragment) = Model.SitePath.SplitUrl(url);
        return new PageLink(url, path.Length == 0 ? pageFile : Resolve(pageFile, path), fragment);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.Contains(':') && url.IndexOf(':') < (url.IndexOfAny(['/', '#', '?']) is var i and >= 0 ? i : url.Length));

    /// <summary>The output path a relative link from <paramref name="fromFile"/> leads to, or null when it leaves the site.</summary>
    public static string? Resolve(string fromFile, string relative) => Model.SitePath.Resolve(fromFile, relative);
}

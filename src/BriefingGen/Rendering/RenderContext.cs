using BriefingGen.Model;
using BriefingGen.Model.Items;
using BriefingGen.Model.Language;
using BriefingGen.Rendering.Images;
using Markdig;

namespace BriefingGen.Rendering;

/// <summary>
/// What rendering one page needs: the site, the page, and relative links from it. What the page reads of the site it
/// reads through this context's lookups, which note each key read (<see cref="Dependencies"/>). A context belongs to
/// one page's render, on one thread: its notes take no lock.
/// </summary>
/// <param name="shared">What the build's pages render alike (one per build; a new one when not given).</param>
public sealed class RenderContext(Site site, Page page, MarkdownPipeline pipeline, bool pdfsEnabled = false, InterfaceText? text = null, SharedRenders? shared = null)
{
    /// <summary>What the build's pages render alike, rendered once for all of them.</summary>
    public SharedRenders Shared { get; } = shared ?? new SharedRenders();

    /// <summary>The interface strings of the site's language.</summary>
    public InterfaceText Text { get; } = text ?? InterfaceText.English;

    /// <summary>True when this build prints PDFs, so that pages may link to them.</summary>
    public bool PdfsEnabled { get; } = pdfsEnabled;

    private int _tooltips;

    private readonly HashSet<string> _reads = new(StringComparer.Ordinal);

    /// <summary>The site. Read it through the lookups below, which note what the page read; a read they miss would leave the page stale in serve.</summary>
    public Site Site { get; } = site;

    /// <summary>Notes that the page read what <paramref name="key"/> names (see <see cref="DependencyKeys"/>).</summary>
    public void Reads(string key) => _reads.Add(key);

    /// <summary>Every key the page read so far, in ordinal order.</summary>
    public PageDependencies Dependencies() => new(_reads.Order(StringComparer.Ordinal).ToArray());

    /// <summary>The page at a URL (its title, summary, front matter), or null.</summary>
    public Page? FindPage(string url)
    {
        Reads(DependencyKeys.Page(url));
        return Site.Find(url);
    }

    /// <summary>When the page was last revised: its front matter's <c>updated</c>, else the day its file was last committed, else null.</summary>
    public Yaml.WrittenDate? UpdatedOf(Page page)
    {
        Reads(DependencyKeys.Page(page.Url));
        if (page.FrontMatter?.Updated is { } written)
        {
            return written;
        }

        if (page.SourcePath is not { } source)
        {
            return null;
        }

        Reads(DependencyKeys.Commit(source));
        return Site.CommitDates.LastCommitted(source);
    }

    /// <summary>A page's Markdown body, for rendering it.</summary>
    public Markdig.Syntax.MarkdownDocument? BodyOf(Page page)
    {
        Reads(DependencyKeys.Body(page.Url));
        return page.Body;
    }

    /// <summary>What a page uses (terms, citations, placements, links...).</summary>
    public PageUses UsesOf(string url)
    {
        Reads(DependencyKeys.Uses(url));
        return Site.Links.UsesOf(url);
    }

    /// <summary>The pages a list page lists, in order.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page listing)
    {
        Reads(DependencyKeys.Children(listing.Url));
        return Site.ChildrenOf(listing);
    }

    /// <summary>A data item by kind and id, or null.</summary>
    public IDataItem? FindItem(DataKind kind, string id)
    {
        Reads(DependencyKeys.Item(kind, id));
        return Site.Briefing.Find(new DataKey(kind, id));
    }

    public Term? FindTerm(string id) => FindItem(DataKinds.Terms, id) as Term;

    public Reference? FindReference(string id) => FindItem(DataKinds.References, id) as Reference;

    public Theme? FindTheme(string id) => FindItem(DataKinds.Themes, id) as Theme;

    public Grid? FindGrid(string id) => FindItem(DataKinds.Grids, id) as Grid;

    public BenefitRiskTable? FindTable(string id) => FindItem(DataKinds.Tables, id) as BenefitRiskTable;

    /// <summary>Every item of a kind, in order.</summary>
    public IReadOnlyList<T> ItemsOf<T>(DataKind<T> kind) where T : class, IDataItem
    {
        Reads(DependencyKeys.Items(kind));
        return Site.Briefing.Items(kind);
    }

    /// <summary>Every item of a kind, in order.</summary>
    public IReadOnlyList<IDataItem> ItemsOf(DataKind kind)
    {
        Reads(DependencyKeys.Items(kind));
        return Site.Briefing.ItemsOf(kind);
    }

    /// <summary>The pages an index names for a key (<paramref name="name"/> is the index's name in the dependency key).</summary>
    public IReadOnlyList<string> Lookup(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key)
    {
        Reads(DependencyKeys.Links(name, key));
        return CrossReferences.Lookup(index, key);
    }

    /// <summary>The placements on a grid, from every page.</summary>
    public IReadOnlyList<Placement> PlacementsOn(string gridId)
    {
        Reads(DependencyKeys.Links(CrossReferenceNames.Placements, gridId));
        return Site.Links.Placements.GetValueOrDefault(gridId) ?? [];
    }

    /// <summary>The evidence pages give for a table's item.</summary>
    public IReadOnlyList<Evidence> EvidenceFor(string itemKey)
    {
        Reads(DependencyKeys.Links(CrossReferenceNames.Evidence, itemKey));
        return Site.Links.Evidence.GetValueOrDefault(itemKey) ?? [];
    }

    public Page Page { get; } = page;

    public MarkdownPipeline Pipeline { get; } = pipeline;

    /// <summary>The theme's item and page-body templates, rendered within this page's template context.</summary>
    public ThemeTemplates Templates
    {
        get => _templates ?? throw new InvalidOperationException("this render context has no templates");
        internal set => _templates = value;
    }

    private ThemeTemplates? _templates;

    /// <summary>False for a context made outside a page's render (a tool's, a test's): it has no theme to draw items with.</summary>
    public bool HasTemplates => _templates is not null;

    /// <summary>A relative link from this page to a site path (with an optional fragment).</summary>
    /// <remarks>
    /// The 404 page is served by a host at whatever address was asked for (<c>/a/b/c</c>), so relative links from it
    /// would lead nowhere: with a <c>base_url</c>, its links start from the base URL's path (<c>/briefings/...</c>), so
    /// that they work at any depth on whichever host serves the site, and ask nothing of another one.
    /// </remarks>
    public string Link(string sitePath, string? fragment = null) => AbsoluteBase is { } web
        ? string.Concat(web, SitePath.EncodePath(SitePath.Normalised(sitePath)), string.IsNullOrEmpty(fragment) ? "" : "#" + fragment)
        : SitePath.Relative(Page.Url, sitePath, fragment);

    /// <summary>What leads from this page to the site's root: <c>../../</c>, or the base URL's path on the 404 page.</summary>
    public string Root => AbsoluteBase ?? SitePath.RootOf(Page.Url);

    /// <summary>The path of the base URL (ending in '/') links start from, on the 404 page of a site that has one; else null.</summary>
    public string? AbsoluteBase => Page.Kind == PageKind.NotFound && Site.Config.BaseUrl is { } web
        && Uri.TryCreate(web, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : null;

    /// <summary>Rewrites a URL written in Markdown: site-absolute paths and links to .md files become relative links.</summary>
    public string RewriteUrl(string url)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            var hash = url.IndexOf('#');
            var fragment = hash < 0 ? null : url[(hash + 1)..];
            var rest = hash < 0 ? url : url[..hash];
            var question = rest.IndexOf('?');
            var path = (question < 0 ? rest : rest[..question]).TrimStart('/');
            var link = Link(path);
            if (question >= 0)
            {
                link += rest[question..];
            }

            return fragment is null ? link : link + "#" + fragment;
        }

        if (ResolvingFrom is not null && ContentLinks.ResolveMarkdownLink(ResolvingFrom, url) is { } source &&
            FindBySource(source) is { } target)
        {
            return Link(target.Url, ContentLinks.FragmentOf(url));
        }

        return url;
    }

    private Page? FindBySource(string sourcePath)
    {
        Reads(DependencyKeys.Source(sourcePath));
        return Site.FindBySource(sourcePath);
    }

    /// <summary>
    /// A URL written in Markdown, as it works from this page: the model resolved each link of a page's Markdown once,
    /// against the Markdown file's place (<see cref="ContentLinks.Resolve(Page, string)"/>), so the same link written on a case
    /// study leads to the same file from its web page, its paper, its handout and a pack.
    /// </summary>
    public string MarkdownUrl(string url)
    {
        if (ResolvingData)
        {
            return DataFileUrl(url) ?? RewriteUrl(url);
        }

        if (Resolved(url) is { TargetFile: { } file } link)
        {
            return WithQueryAndFragment(Link(file), link.Written);
        }

        return FromOtherPage(url) ?? RewriteUrl(url);
    }

    // A relative address in a text of another page's front matter (a placement's reason shown on a grid page, a case's
    // facts in its paper) starts from that page's address, as it does on that page.
    private string? FromOtherPage(string url)
    {
        if (RelativePath(url) is not var (from, written, path) || FindBySource(from) is not { } origin || origin.Url == Page.Url)
        {
            return null;
        }

        var target = Uri.UnescapeDataString(new Uri(new Uri("https://site.invalid/" + origin.Url.TrimStart('/')), path).AbsolutePath);
        return WithQueryAndFragment(Link(target.TrimStart('/')), written);
    }

    // A relative path written in the text being rendered (not a site path, a fragment, an address elsewhere or a link to
    // a .md file, which RewriteUrl resolves), with the file it is written in and the URL as written.
    private (string From, string Written, string Path)? RelativePath(string url)
    {
        var written = SitePath.Normalised(url.Trim());
        if (ResolvingFrom is not { } from || written.Length == 0 || written[0] is '/' or '#' || MarkdownLinkResolver.HasScheme(written) ||
            ContentLinks.ResolveMarkdownLink(from, written) is not null)
        {
            return null;
        }

        var (path, _) = SitePath.SplitUrl(written);
        return path.Length == 0 ? null : (from, written, path);
    }

    /// <summary>The file (its output path) that a link or image written in the text being rendered leads to, as the model resolved it; or null.</summary>
    public string? TargetFile(string url) => !ResolvingData ? Resolved(url)?.TargetFile : DataFileTarget(url)?.File;

    // A relative link in a data file's text, from the data file's place, as the model resolved it (DataTextLinks);
    // site paths and links to .md files are rewritten as a page's are, and addresses elsewhere are left as written.
    private string? DataFileUrl(string url) =>
        DataFileTarget(url) is var (file, written) ? WithQueryAndFragment(Link(file), written) : null;

    // The file a relative path in a data file's text leads to, from the data file's place, with the URL as written.
    private (string File, string Written)? DataFileTarget(string url) =>
        RelativePath(url) is var (dataFile, written, path) && ContentLinks.Resolve(dataFile, ContentLinks.PlaceOfDataFile(dataFile), path) is { } file
            ? (file, written)
            : null;

    // The fragment and query as written (still encoded), after the relative path to the file.
    private static string WithQueryAndFragment(string link, string written)
    {
        var hash = written.IndexOf('#');
        var beforeHash = hash < 0 ? written : written[..hash];
        var question = beforeHash.IndexOf('?');
        return string.Concat(link, question < 0 ? "" : beforeHash[question..], hash < 0 ? "" : written[hash..]);
    }

    /// <summary>The link as the model resolved it, when <paramref name="url"/> is written in the Markdown being rendered.</summary>
    public SourceLink? Resolved(string url)
    {
        if (ResolvingFrom is null || FindBySource(ResolvingFrom) is not { } source || UsesOf(source.Url).SourceLinks is not { Count: > 0 } links)
        {
            return null;
        }

        var written = SitePath.Normalised(url.Trim());
        return links.FirstOrDefault(l => l.Written == written);
    }

    /// <summary>The sizes of the build's images.</summary>
    public ImageSizes Images { get; init; } = ImageSizes.None;

    /// <summary>The Markdown file whose relative links are being rendered: the page's own, or, in a print edition, its source page's; or a data file (<see cref="ResolvingData"/>).</summary>
    public string? ResolvingFrom { get; set; } = page.SourcePath;

    /// <summary>True while a text of a data file renders: <see cref="ResolvingFrom"/> is that file, and its relative links start from its folder.</summary>
    public bool ResolvingData { get; private set; }

    /// <summary>
    /// Renders a text written in another page's front matter (a placement's reason, an evidence note, shown on a grid or
    /// table): its relative links start from that page's Markdown file, as on the page itself.
    /// </summary>
    /// <param name="page">The page whose front matter holds the text (found with <see cref="FindPage"/>), or null.</param>
    public T FromPage<T>(Page? page, Func<T> render) =>
        page?.SourcePath is { } source ? ResolvingWhile(source, data: false, render) : render();

    /// <summary>Renders <paramref name="render"/> with links resolved from the data file <paramref name="dataFile"/>, then as before.</summary>
    public T FromDataFile<T>(string dataFile, Func<T> render) => ResolvingWhile(dataFile, data: true, render);

    private T ResolvingWhile<T>(string file, bool data, Func<T> render)
    {
        var before = (ResolvingFrom, ResolvingData);
        (ResolvingFrom, ResolvingData) = (file, data);
        try
        {
            return render();
        }
        finally
        {
            (ResolvingFrom, ResolvingData) = before;
        }
    }

    /// <summary>A fresh id for a tooltip on this page.</summary>
    public string NextTooltipId() => $"tip-{Interlocked.Increment(ref _tooltips)}";

    /// <summary>
    /// What the ids written now start with: empty on a page of its own; in a pack, each paper's prefix
    /// (<c>paper-2-</c>), so that two papers' "overview" headings or footnotes stay apart.
    /// </summary>
    public string IdPrefix { get; set; } = "";

    /// <summary>True while a pack renders its papers: term links and citations lead to the pack's own glossary and bibliography.</summary>
    public bool LinksWithinPack { get; set; }

    /// <summary>An id written in the page, with the current <see cref="IdPrefix"/>.</summary>
    public string Id(string id) => IdPrefix + id;

    /// <summary>A link written in Markdown: a fragment of this page (<c>#lessons</c>) names an id the prefix was given to.</summary>
    public string LocalLink(string url) => IdPrefix.Length > 0 && url.StartsWith('#') ? "#" + IdPrefix + url[1..] : url;

    /// <summary>The terms a pack's glossary holds, while it renders its papers.</summary>
    public IReadOnlySet<string> PackTermIds { get; set; } = new HashSet<string>();

    /// <summary>The works a pack's bibliography holds, while it renders its papers.</summary>
    public IReadOnlySet<string> PackReferenceIds { get; set; } = new HashSet<string>();

    public string TermLink(Term term) => LinksWithinPack && PackTermIds.Contains(term.Id)
        ? "#" + PackTermAnchor(term)
        : Link(GeneratedPages.DefinitionsUrl, GeneratedPages.TermAnchor(term));

    public string ReferenceLink(string referenceId) => LinksWithinPack && PackReferenceIds.Contains(referenceId)
        ? "#" + PackReferenceAnchor(referenceId)
        : Link(GeneratedPages.BibliographyUrl, GeneratedPages.ReferenceAnchor(referenceId));

    /// <summary>A term's entry in a pack's glossary.</summary>
    public static string PackTermAnchor(Term term) => "pack-" + GeneratedPages.TermAnchor(term);

    /// <summary>A work's entry in a pack's bibliography.</summary>
    public static string PackReferenceAnchor(string referenceId) => "pack-" + GeneratedPages.ReferenceAnchor(referenceId);
}

using BriefingGen.Model;
using BriefingGen.Model.Language;
using Markdig;

namespace BriefingGen.Rendering;

/// <summary>What rendering one page needs: the site, the page, and relative links from it.</summary>
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

    public Site Site { get; } = site;

    public Page Page { get; } = page;

    public MarkdownPipeline Pipeline { get; } = pipeline;

    /// <summary>The theme's item and page-body templates, rendered within this page's template context.</summary>
    public ThemeTemplates Templates
    {
        get => _templates ?? throw new InvalidOperationException("this render context has no templates");
        internal set => _templates = value;
    }

    private ThemeTemplates? _templates;

    /// <summary>A relative link from this page to a site path (with an optional fragment).</summary>
    public string Link(string sitePath, string? fragment = null) => SitePath.Relative(Page.Url, sitePath, fragment);

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
            Site.FindBySource(source) is { } target)
        {
            return Link(target.Url, ContentLinks.FragmentOf(url));
        }

        return url;
    }

    /// <summary>The Markdown file whose relative links are being rendered: the page's own, or, in a print edition, its source page's.</summary>
    public string? ResolvingFrom { get; set; } = page.SourcePath;

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

    public string TermLink(Term term) => LinksWithinPack
        ? "#" + PackTermAnchor(term)
        : Link(GeneratedPages.DefinitionsUrl, GeneratedPages.TermAnchor(term));

    public string ReferenceLink(string referenceId) => LinksWithinPack
        ? "#" + PackReferenceAnchor(referenceId)
        : Link(GeneratedPages.BibliographyUrl, GeneratedPages.ReferenceAnchor(referenceId));

    /// <summary>A term's entry in a pack's glossary.</summary>
    public static string PackTermAnchor(Term term) => "pack-" + GeneratedPages.TermAnchor(term);

    /// <summary>A work's entry in a pack's bibliography.</summary>
    public static string PackReferenceAnchor(string referenceId) => "pack-" + GeneratedPages.ReferenceAnchor(referenceId);
}

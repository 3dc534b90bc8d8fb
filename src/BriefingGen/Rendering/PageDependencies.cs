using BriefingGen.Model.Items;

namespace BriefingGen.Rendering;

/// <summary>
/// The keys a page read while it rendered (<see cref="DependencyKeys"/>), in ordinal order: its HTML is made from
/// what those keys name and nothing else, so while none of them changed the page need not be rendered again.
/// </summary>
public sealed record PageDependencies(IReadOnlyList<string> Keys);

/// <summary>
/// The names of what a page can read while it renders, one per thing that can change: <c>config</c>,
/// <c>template:items/grid.html</c>, <c>page:case-studies/x/</c>, <c>term:habitus</c>, <c>grid:change-grid</c>...
/// The render context notes each as it is read; whoever keeps rendered pages compares what the keys name now.
/// </summary>
public static class DependencyKeys
{
    /// <summary>The site's settings (and whether it has a search page): every page reads them.</summary>
    public const string Config = "config";

    /// <summary>The interface strings of the site's language: every page reads them.</summary>
    public const string Text = "text";

    /// <summary>The site's free data (<c>site.data</c>): every page's templates may read it.</summary>
    public const string SiteData = "site-data";

    /// <summary>The top-level sections and indexes with how many pages and items each has (navigation and the home page).</summary>
    public const string TopLevel = "top-level";

    /// <summary>The address of every page, in order (the feed and the sitemap).</summary>
    public const string AllPages = "pages";

    // The prefixes of the keys that name one thing among many: whoever keeps pages finds what a key names by its prefix.
    public const string TemplatePrefix = "template:";
    public const string PagePrefix = "page:";
    public const string BodyPrefix = "body:";
    public const string UsesPrefix = "uses:";
    public const string ChildrenPrefix = "children:";
    public const string NeighboursPrefix = "neighbours:";
    public const string SourcePrefix = "source:";
    public const string PackPrefix = "pack:";
    public const string ItemsPrefix = "items:";
    public const string LinksPrefix = "links:";
    public const string CommitPrefix = "commit:";

    /// <summary>A theme template by name, or its absence (a layout tried and not found).</summary>
    public static string Template(string name) => TemplatePrefix + name;

    /// <summary>Whether a page is at a URL, and everything of it but its body: title, summary, kind, date, front matter.</summary>
    public static string Page(string url) => PagePrefix + url;

    /// <summary>A page's Markdown body.</summary>
    public static string Body(string url) => BodyPrefix + url;

    /// <summary>What a page uses: its terms, citations, placements, evidence, embeds, themes, related pages and links.</summary>
    public static string Uses(string url) => UsesPrefix + url;

    /// <summary>The pages a list page lists, in order.</summary>
    public static string Children(string url) => ChildrenPrefix + url;

    /// <summary>The pages before and after a page in its section (its pager).</summary>
    public static string Neighbours(string url) => NeighboursPrefix + url;

    /// <summary>The page made from a Markdown file (a link to a .md file).</summary>
    public static string Source(string path) => SourcePrefix + path;

    /// <summary>A print pack's settings.</summary>
    public static string Pack(string id) => PackPrefix + id;

    /// <summary>One data item: <c>term:habitus</c>, <c>grid:change-grid</c>, <c>reference:smith2015</c>.</summary>
    public static string Item(DataKind kind, string id) => kind.Word + ":" + id;

    /// <summary>Every item of a kind, in order (the definitions, the bibliography, an index).</summary>
    public static string Items(DataKind kind) => ItemsPrefix + kind.Name;

    /// <summary>One entry of a cross-reference index: <c>links:citers:smith2015</c>, the pages that cite a work.</summary>
    public static string Links(string index, string key) => LinksPrefix + index + ":" + key;

    /// <summary>The day a page file was last committed (git's history).</summary>
    public static string Commit(string sourcePath) => CommitPrefix + sourcePath;

    /// <summary>Splits a key into its prefix (up to and including the first colon, or the whole key) and the rest.</summary>
    public static (string Prefix, string Name) Split(string key)
    {
        var colon = key.IndexOf(':');
        return colon < 0 ? (key, "") : (key[..(colon + 1)], key[(colon + 1)..]);
    }
}

/// <summary>The names of the cross-reference indexes in dependency keys (<see cref="DependencyKeys.Links"/>).</summary>
public static class CrossReferenceNames
{
    public const string TermUsers = "term-users";
    public const string Citers = "citers";
    public const string Backlinks = "backlinks";
    public const string ThemePages = "theme-pages";
    public const string EmbedUsers = "embed-users";
    public const string Placements = "placements";
    public const string Evidence = "evidence";
}

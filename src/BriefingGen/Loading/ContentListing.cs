using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>
/// The files of the content folder as a build listed them (ordinal order), sorted into pages, data and assets, with
/// the problems found listing them. A rebuild told which paths changed (serve) keeps the listing unless a change
/// may have added or removed a file.
/// </summary>
public sealed class ContentListing
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;
    private readonly string _root;
    // The real paths of files reached through a link; any other file's real path is the site's real root and its site path.
    private readonly Dictionary<string, string> _linked;

    /// <param name="root">The site folder's real path.</param>
    public ContentListing(string root, IReadOnlyList<ListedFile> listed, IReadOnlyList<Diagnostic> diagnostics, bool hasLinks)
    {
        _root = root;
        _linked = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>(listed.Count);
        foreach (var file in listed)
        {
            files.Add(file.SitePath);
            if (hasLinks && file.RealPath != Path.Join(root, file.SitePath))
            {
                _linked[file.SitePath] = file.RealPath;
            }
        }

        Diagnostics = diagnostics;
        HasLinks = hasLinks;
        Pages = files.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !IsData(p)).ToList();
        Data = files.Where(p => IsData(p) && IsDataFile(p)).ToList();
        Assets = files.Where(p => !IsData(p) && !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        _files = files.ToHashSet(StringComparer.Ordinal);
        _folders = files.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Pages { get; }
    public IReadOnlyList<string> Data { get; }
    public IReadOnlyList<string> Assets { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Links refused while listing (they lead outside the site, to nothing, or to a FIFO): their errors are reported.</summary>
    public IReadOnlyList<string> RefusedLinks { get; init; } = [];

    /// <summary>
    /// The pages, and the refused links named like pages: a page refused is still a page the site meant to have, so
    /// that links to it give no follow-on errors.
    /// </summary>
    public IReadOnlyList<string> PagesWithRefusedLinks =>
        RefusedLinks.Count == 0 ? Pages : [.. Pages, .. RefusedLinks.Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !IsData(p))];

    /// <summary>Where a listed file really is, with every link on its way resolved.</summary>
    public string RealPathOf(string sitePath) => _linked.TryGetValue(sitePath, out var real) ? real : Path.Join(_root, sitePath);

    /// <summary>
    /// Whether the listing went through a symbolic link: a file edited through the link's target changes at a path
    /// a watcher does not report as the site's, so such a site is listed and looked at in full each time.
    /// </summary>
    public bool HasLinks { get; }

    /// <summary>
    /// Whether any of these changed paths (full paths) may have added or removed a listed file: a file that appeared
    /// or went, a folder (created, moved away), or anything now a link. Hidden files (editors' swap files) are
    /// not listed and change nothing.
    /// </summary>
    public bool Reshapes(string root, IEnumerable<string> changed)
    {
        foreach (var path in changed)
        {
            var relative = SiteLoader.SitePathOf(root, path);
            if (relative == SiteLoader.ContentFolder)
            {
                return true; // content/ itself moved or replaced
            }

            if (!relative.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal) ||
                relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var file = new FileInfo(path);
            if (file.LinkTarget is not null || _folders.Contains(relative) || Directory.Exists(path) || file.Exists != _files.Contains(relative))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsData(string path) => path.StartsWith(SiteLoader.DataFolder + "/", StringComparison.Ordinal);

    // JSON is read as YAML (CSL JSON references, as Zotero exports them); BibTeX only as references.
    private static bool IsDataFile(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }
}

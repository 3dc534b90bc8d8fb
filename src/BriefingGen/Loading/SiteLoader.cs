using System.Text;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Files;

namespace BriefingGen.Loading;

/// <summary>Reads the site folder: pages and data under <c>content/</c>, templates (theme, then the site's overrides) and assets.</summary>
public static class SiteLoader
{
    public const string ContentFolder = "content";
    public const string DataFolder = "content/data";
    public const string TemplatesFolder = "templates";

    /// <param name="cache">Texts read by an earlier build: files whose size and time are unchanged are not read again.</param>
    /// <param name="changed">
    /// The full paths a file watcher saw change since the last build with this cache (serve), or null when not known:
    /// then every file is listed and looked at. When known, the last listing stands unless a change may have added
    /// or removed a file, and only the changed files are looked at again.
    /// </param>
    public static SiteSources Load(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, SourceFileCache? cache = null,
        IReadOnlyCollection<string>? changed = null)
    {
        var root = Path.GetFullPath(siteRoot);
        var reused = cache?.Listing is { HasLinks: false } last && changed is not null && !last.Reshapes(root, changed);
        var listing = reused ? cache!.Listing! : ListContent(root);
        foreach (var diagnostic in listing.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        // Compared as the listing names files (from the site root, with '/'), whatever separator the watcher gave.
        var unchangedAreKnown = reused ? changed!.Select(path => SitePathOf(root, path)).ToHashSet(StringComparer.Ordinal) : null;
        var pages = ReadTexts(root, listing.Pages, config.Limits.MaxFileBytes, diagnostics, cache, unchangedAreKnown);
        var data = ReadTexts(root, listing.Data, config.Limits.MaxFileBytes, diagnostics, cache, unchangedAreKnown);
        if (cache is not null && !reused)
        {
            cache.KeepOnly(listing.Pages.Concat(listing.Data));
            cache.Listing = listing;
        }

        var templates = LoadTemplates(root, config, diagnostics);
        var assets = LoadAssets(root, listing.Assets, config, diagnostics);
        return new SiteSources(config, pages, data, templates, assets) { PagePaths = listing.Pages };
    }

    /// <summary>A full path as the site names it: from the site root, with '/' between folders.</summary>
    internal static string SitePathOf(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static ContentListing ListContent(string root)
    {
        var problems = new DiagnosticBag();
        var links = new List<string>();
        var files = ListFiles(root, ContentFolder, problems, links);
        return new ContentListing(files, problems.Sorted(), links.Count > 0);
    }

    // With the changed paths known, a file not among them is taken from the cache without asking the file system.
    private static List<SourceFile> ReadTexts(string root, IReadOnlyList<string> paths, long maxBytes, DiagnosticBag diagnostics, SourceFileCache? cache,
        HashSet<string>? changed)
    {
        var texts = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var text = cache is null
                ? TextFile.Read(Path.Combine(root, paths[i]), paths[i], diagnostics, maxBytes)
                : cache.Read(root, paths[i], diagnostics, maxBytes, unchanged: changed is not null && !changed.Contains(paths[i]));
            if (text is not null)
            {
                texts[i] = new SourceFile(paths[i], text);
            }
        });
        var read = new List<SourceFile>(texts.Length);
        foreach (var text in texts)
        {
            if (text is not null)
            {
                read.Add(text);
            }
        }

        return read;
    }

    private static List<TemplateFile> LoadTemplates(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byName = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var (name, bytes) in EmbeddedTheme.All.Where(f => !f.Name.StartsWith("assets/", StringComparison.Ordinal)))
        {
            byName[name] = new TemplateFile(name, Encoding.UTF8.GetString(bytes), "(default theme)/" + name, FromSite: false);
        }

        foreach (var path in ListFiles(root, TemplatesFolder, diagnostics))
        {
            var name = path[(TemplatesFolder.Length + 1)..];
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = TextFile.Read(Path.Combine(root, path), path, diagnostics, config.Limits.MaxFileBytes);
            if (text is not null)
            {
                byName[name] = new TemplateFile(name, text, path, FromSite: true);
            }
        }

        return byName.Values.ToList();
    }

    private static List<AssetFile> LoadAssets(string root, IReadOnlyList<string> contentAssets, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byOutput = new SortedDictionary<string, AssetFile>(StringComparer.Ordinal);
        foreach (var (name, bytes) in EmbeddedTheme.All.Where(f => f.Name.StartsWith("assets/", StringComparison.Ordinal)))
        {
            byOutput[name] = new AssetFile(name, "(default theme)/" + name, bytes);
        }

        var siteThemeAssets = ListFiles(root, TemplatesFolder + "/assets", diagnostics)
            .Select(p => (Source: p, Output: p[(TemplatesFolder.Length + 1)..]));
        var pageAssets = contentAssets.Select(p => (Source: p, Output: p[(ContentFolder.Length + 1)..]));
        foreach (var (source, output) in siteThemeAssets.Concat(pageAssets))
        {
            var info = new FileInfo(Path.Combine(root, source));
            if (info.Length > config.Limits.MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.File(source),
                    $"file is {info.Length:N0} bytes, over the limit of {config.Limits.MaxFileBytes:N0} (raise limits.max_file_bytes in site.config.yml if this is intended)");
                continue;
            }

            // Output paths are in Unicode's composed form (NFC), as page URLs are: two names that differ only in how an
            // accent is encoded would look like one address.
            var normalised = output.IsNormalized(System.Text.NormalizationForm.FormC) ? output : output.Normalize(System.Text.NormalizationForm.FormC);
            if (byOutput.TryGetValue(normalised, out var claimed) && claimed.DisplayPath != source &&
                claimed.DisplayPath.Normalize(System.Text.NormalizationForm.FormC) == source.Normalize(System.Text.NormalizationForm.FormC))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, SourceSpan.File(source),
                    $"{claimed.DisplayPath} and {source} would both be written to {normalised}: their names look alike but are written with different characters (an accent composed in one, combining in the other); rename one");
                continue;
            }

            byOutput[normalised] = new AssetFile(normalised, source, File.ReadAllBytes(info.FullName));
        }

        return byOutput.Values.ToList();
    }

    /// <summary>
    /// Files under <paramref name="folder"/> (relative to the site root, '/'-separated, ordinal order),
    /// skipping hidden files and folders, and refusing symbolic links that lead outside the site.
    /// </summary>
    /// <param name="links">Where the symbolic links followed are noted, when the caller asks.</param>
    private static List<string> ListFiles(string root, string folder, DiagnosticBag diagnostics, List<string>? links = null)
    {
        var start = Path.Combine(root, folder);
        var found = new List<string>();
        if (!Directory.Exists(start))
        {
            return found;
        }

        // The folder itself may be a link (templates -> /etc): it is read only when it stays inside the site.
        var top = new DirectoryInfo(start);
        for (var parent = top; parent is not null && parent.FullName.Length > root.Length; parent = parent.Parent)
        {
            if (parent.LinkTarget is null)
            {
                continue;
            }

            links?.Add(parent.FullName);
            if (!LinkStaysInside(root, parent))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(SitePathOf(root, parent.FullName)),
                    "this folder is a symbolic link that leads outside the site folder; BriefingGen reads only files inside the site");
                return found;
            }
        }

        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var relative = SitePathOf(root, entry.FullName);
                var isLink = entry.LinkTarget is not null; // one look at the link per entry: at 10,000 files each costs a system call
                if (isLink)
                {
                    links?.Add(relative);
                }

                if (isLink && !LinkStaysInside(root, entry))
                {
                    diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(relative),
                        "this symbolic link leads outside the site folder or to nothing; BriefingGen reads only files inside the site");
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    // A linked folder is followed only once it is known to stay inside; cycles cannot form
                    // because a link inside the site that points to an ancestor is refused below.
                    if (!isLink || !IsAncestorLink(entry))
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else
                {
                    found.Add(relative);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static bool LinkStaysInside(string root, FileSystemInfo entry)
    {
        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return false; // a cycle of links
        }

        if (target is null || !target.Exists)
        {
            return false; // a link that leads nowhere
        }

        var full = Path.GetFullPath(target.FullName);
        var rootWithSlash = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSlash, StringComparison.Ordinal);
    }

    private static bool IsAncestorLink(FileSystemInfo entry)
    {
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null)
        {
            return true;
        }

        var targetPath = Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(entry.FullName).StartsWith(targetPath, StringComparison.Ordinal);
    }
}

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

    /// <summary>Where the theme and a site's <c>templates/</c> keep interface strings, one <c>&lt;language&gt;.yml</c> each.</summary>
    public const string LanguageFolder = "i18n";

    /// <param name="output">The output folder's real path, when known: a link into it is refused, since each build would copy the last one into itself.</param>
    public static SiteSources Load(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, string? output = null)
    {
        var root = RootOf(siteRoot);
        return Load(root, ListContent(root, output), TextFile.Read, config, diagnostics, output);
    }

    /// <summary>Reads the site at <paramref name="root"/> (see <see cref="RootOf"/>) from a listing of its content folder, each page's and data file's text through <paramref name="readText"/>.</summary>
    /// <param name="output">The output folder's real path, when known: a link into it is refused, since each build would copy the last one into itself.</param>
    public static SiteSources Load(string root, ContentListing listing, ContentReader readText, SiteConfig config, DiagnosticBag diagnostics, string? output = null)
    {
        foreach (var diagnostic in listing.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        var pages = ReadTexts(listing, listing.Pages, config.Limits.MaxFileBytes, diagnostics, readText);
        var data = ReadTexts(listing, listing.Data, config.Limits.MaxFileBytes, diagnostics, readText);
        var themeFiles = FolderWalk.Files(root, TemplatesFolder, diagnostics, output: output);
        ThemeCopies.Report(themeFiles, diagnostics);
        var templates = LoadTemplates(themeFiles, config, diagnostics);
        var assets = LoadAssets(themeFiles, listing, config, diagnostics);
        var languages = ThemeLanguageFiles().Concat(ReadSiteFiles(themeFiles.Where(f => IsLanguageFile(ThemeName(f))), config, diagnostics)).ToList();
        return new SiteSources(config, pages, data, templates, assets) { PagePaths = listing.PagesWithRefusedLinks, LanguageFiles = languages };
    }

    /// <summary>The site folder's real path: what listings and site paths are relative to.</summary>
    public static string RootOf(string siteRoot) => RealPath.Resolve(siteRoot) ?? Path.GetFullPath(siteRoot);

    /// <summary>A full path as the site names it: from the site root, with '/' between folders.</summary>
    public static string SitePathOf(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>Lists the content folder of the site at <paramref name="root"/>, without reading any file.</summary>
    public static ContentListing ListContent(string root, string? output)
    {
        var problems = new DiagnosticBag();
        var links = new List<string>();
        var refused = new List<string>();
        var files = FolderWalk.Files(root, ContentFolder, problems, links, refused, output);
        return new ContentListing(root, files, problems.Sorted(), links.Count > 0) { RefusedLinks = refused };
    }

    private static List<SourceFile> ReadTexts(ContentListing listing, IReadOnlyList<string> paths, long maxBytes, DiagnosticBag diagnostics, ContentReader readText)
    {
        var texts = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var realPath = listing.RealPathOf(paths[i]);
            var text = readText(realPath, paths[i], diagnostics, maxBytes);
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

    private static List<TemplateFile> LoadTemplates(List<ListedFile> themeFiles, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byName = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var (name, bytes) in EmbeddedTheme.All.Where(f => !IsThemeAsset(f.Name) && !IsLanguageFile(f.Name)))
        {
            byName[name] = new TemplateFile(name, Encoding.UTF8.GetString(bytes), "(default theme)/" + name, FromSite: false);
        }

        foreach (var file in ReadSiteFiles(themeFiles.Where(f => ThemeName(f) is var name && !IsThemeAsset(name) && !IsLanguageFile(name)), config, diagnostics))
        {
            byName[file.Name] = file;
        }

        return byName.Values.ToList();
    }

    /// <summary>
    /// The theme's language files (<c>i18n/en.yml</c>...), in ordinal order. A site's file of the same name does not
    /// replace the theme's, as a template does: it overrides it key by key, so both are kept.
    /// </summary>
    public static IReadOnlyList<TemplateFile> ThemeLanguageFiles() => ThemeLanguages.Value;

    private static readonly Lazy<IReadOnlyList<TemplateFile>> ThemeLanguages = new(() =>
        EmbeddedTheme.All.Where(f => IsLanguageFile(f.Name))
            .Select(f => new TemplateFile(f.Name, Encoding.UTF8.GetString(f.Bytes), "(default theme)/" + f.Name, FromSite: false)).ToList());

    private static IEnumerable<TemplateFile> ReadSiteFiles(IEnumerable<ListedFile> files, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (TextFile.Read(file.RealPath, file.SitePath, diagnostics, config.Limits.MaxFileBytes) is { } text)
            {
                yield return new TemplateFile(ThemeName(file), text, file.SitePath, FromSite: true);
            }
        }
    }

    private static string ThemeName(ListedFile file) => file.SitePath[(TemplatesFolder.Length + 1)..];

    private static bool IsThemeAsset(string name) => name.StartsWith("assets/", StringComparison.Ordinal);

    private static bool IsLanguageFile(string name) =>
        name.StartsWith(LanguageFolder + "/", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal) && name.IndexOf('/', LanguageFolder.Length + 1) < 0;

    /// <summary>
    /// The theme's assets (the embedded theme's, then the site's <c>templates/assets/</c>) and the files of
    /// <c>content/</c> that are neither pages nor data. A content file may not take a theme file's place, and one that a
    /// browser would run is refused unless the config allows active content.
    /// </summary>
    private static List<AssetFile> LoadAssets(List<ListedFile> themeFiles, ContentListing listing, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byOutput = new SortedDictionary<string, AssetFile>(StringComparer.Ordinal);
        foreach (var (name, bytes) in EmbeddedTheme.All.Where(f => IsThemeAsset(f.Name)))
        {
            byOutput[name] = new AssetFile(name, "(default theme)/" + name, bytes);
        }

        foreach (var file in themeFiles.Where(f => IsThemeAsset(f.SitePath[(TemplatesFolder.Length + 1)..])))
        {
            if (RegularFile.Read(file.RealPath, file.SitePath, diagnostics, config.Limits.MaxFileBytes) is { } bytes)
            {
                var output = file.SitePath[(TemplatesFolder.Length + 1)..];
                byOutput[output] = new AssetFile(output, file.SitePath, bytes);
            }
        }

        var contentAssets = new AssetFile?[listing.Assets.Count];
        Parallel.For(0, listing.Assets.Count, i =>
        {
            var source = listing.Assets[i];
            // Output paths are in Unicode's composed form (NFC), as page URLs are: two names that differ only in how an
            // accent is encoded would look like one address.
            var output = source[(ContentFolder.Length + 1)..].Normalize(NormalizationForm.FormC);
            if (byOutput.TryGetValue(output, out var theme))
            {
                diagnostics.Error(DiagnosticCodes.ReservedOutputPath, SourceSpan.File(source),
                    $"{source} would be written over the theme's {theme.DisplayPath} ({output}); content may not replace theme files: rename it, or put a theme override in templates/{output}");
                return;
            }

            if (RegularFile.Read(listing.RealPathOf(source), source, diagnostics, config.Limits.MaxFileBytes) is not { } bytes ||
                (!config.ActiveContent && ActiveContent.Refuse(source, bytes, diagnostics)))
            {
                return;
            }

            contentAssets[i] = new AssetFile(output, source, bytes);
        });
        foreach (var asset in contentAssets)
        {
            if (asset is null)
            {
                continue;
            }

            if (byOutput.TryGetValue(asset.OutputPath, out var claimed) && claimed.DisplayPath != asset.DisplayPath &&
                claimed.DisplayPath.Normalize(NormalizationForm.FormC) == asset.DisplayPath.Normalize(NormalizationForm.FormC))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, SourceSpan.File(asset.DisplayPath),
                    $"{claimed.DisplayPath} and {asset.DisplayPath} would both be written to {asset.OutputPath}: their names look alike but are written with different characters (an accent composed in one, combining in the other); rename one");
                continue;
            }

            byOutput[asset.OutputPath] = asset;
        }

        return byOutput.Values.ToList();
    }
}

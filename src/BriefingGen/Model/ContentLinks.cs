namespace BriefingGen.Model;

/// <summary>Links written in Markdown to other Markdown files (<c>../case-studies/x.md#lessons</c>).</summary>
public static class ContentLinks
{
    /// <summary>
    /// The site-root path of the Markdown file a relative link names, or null when the link is not to a
    /// <c>.md</c> file (an address, an anchor, an asset) or leaves the site.
    /// </summary>
    public static string? ResolveMarkdownLink(string fromSourcePath, string url)
    {
        if (url.Contains(':') || url.StartsWith('/') || url.StartsWith('#'))
        {
            return null;
        }

        var path = url.Split('#', '?')[0];
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return SitePath.Join(fromSourcePath, path);
    }

    /// <summary>The fragment of a link (<c>lessons</c> in <c>x.md#lessons</c>), or null.</summary>
    public static string? FragmentOf(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 || hash == url.Length - 1 ? null : url[(hash + 1)..];
    }

    /// <summary>
    /// The output file a link written on <paramref name="page"/> leads to (<paramref name="path"/> without its fragment),
    /// or null when it climbs above the site. Each form is read as an editor previewing it would read it: a site path
    /// (<c>/case-studies/x/</c>) from the site's root; a page's address (<c>../x/</c>, ending in '/' or without an
    /// extension) from the page's own address, as on the web page; a file (<c>photo.png</c>, <c>../files/plan.pdf</c>)
    /// from the Markdown file's folder, as GitHub and VS Code show it, since files in content/ are copied to the same
    /// place under the site (a file link that climbs out of content/ is read from the page's address instead).
    /// </summary>
    public static string? Resolve(Page page, string path) => Resolve(page.SourcePath, page.OutputPath, path);

    /// <summary>
    /// As <see cref="Resolve(Page, string)"/>, for a link written in <paramref name="sourcePath"/> whose addresses start
    /// from <paramref name="outputPath"/>: a page's file, or a data file's place (<see cref="PlaceOfDataFile"/>).
    /// </summary>
    public static string? Resolve(string? sourcePath, string outputPath, string path)
    {
        if (path.StartsWith('/'))
        {
            return SitePath.FileOf(path.TrimStart('/'));
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Length > 0 && name.Contains('.') && name is not ("." or "..") && sourcePath is { } source &&
            SitePath.Join(source, path) is { } file && file.StartsWith(Loading.SiteLoader.ContentFolder + "/", StringComparison.Ordinal))
        {
            return SitePath.Normalised(file[(Loading.SiteLoader.ContentFolder.Length + 1)..]);
        }

        return SitePath.Resolve(outputPath, path);
    }

    /// <summary>
    /// Where the links of a data file's texts start from: its folder's place in the site (<c>content/data/terms.yml</c>
    /// is at <c>data/</c>), so that <c>../case-studies/x/</c> in it leads to <c>case-studies/x/</c>, as the same link
    /// written in <c>content/data/</c> would, whichever page shows the text.
    /// </summary>
    public static string PlaceOfDataFile(string dataFile)
    {
        var inContent = dataFile.StartsWith(Loading.SiteLoader.ContentFolder + "/", StringComparison.Ordinal)
            ? dataFile[(Loading.SiteLoader.ContentFolder.Length + 1)..]
            : dataFile;
        var slash = inContent.LastIndexOf('/');
        return slash < 0 ? "index.html" : inContent[..(slash + 1)] + "index.html";
    }
}

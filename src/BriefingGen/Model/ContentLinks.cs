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
}

namespace BriefingGen.Model;

/// <summary>Site paths and the relative links between them. A site path has no leading '/': <c>case-studies/x/</c>, <c>assets/style.css</c>, <c>""</c> for the home page.</summary>
public static class SitePath
{
    /// <summary>A link's path (without its query) and its fragment, decoded; null when it has none.</summary>
    public static (string Path, string? Fragment) SplitUrl(string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash < 0 || hash == url.Length - 1 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], fragment);
    }

    /// <summary>The file a relative link from <paramref name="fromFile"/> leads to, or null when it leaves the site.</summary>
    public static string? Resolve(string fromFile, string relative)
    {
        var path = Join(fromFile, relative);
        return path is null ? null : relative.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }

    /// <summary>
    /// The path that <paramref name="relative"/> (percent-encoded, '/'-separated) names from the folder of
    /// <paramref name="fromFile"/>, or null when it starts at the root or climbs above it.
    /// </summary>
    public static string? Join(string fromFile, string relative)
    {
        var decoded = relative.Contains('%') ? Uri.UnescapeDataString(relative) : relative;
        if (decoded.Length == 0 || decoded[0] == '/')
        {
            return null;
        }

        // The folder of fromFile, then each segment: "." and empty ones stay, ".." climbs one folder.
        var path = new System.Text.StringBuilder(fromFile, 0, Math.Max(fromFile.LastIndexOf('/'), 0), fromFile.Length + decoded.Length);
        foreach (var segment in decoded.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (path.Length == 0)
                    {
                        return null;
                    }

                    var cut = path.Length - 1;
                    while (cut > 0 && path[cut] != '/')
                    {
                        cut--;
                    }

                    path.Length = cut;
                    break;
                default:
                    if (path.Length > 0)
                    {
                        path.Append('/');
                    }

                    path.Append(segment);
                    break;
            }
        }

        return path.ToString();
    }

    /// <summary>
    /// <paramref name="path"/> in Unicode's composed form (NFC), as every URL and output path is made: names that differ
    /// only in how an accent is encoded look the same in an address bar and on a normalising file system (macOS).
    /// </summary>
    public static string Normalised(string path) =>
        path.IsNormalized(System.Text.NormalizationForm.FormC) ? path : path.Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>The file written for a site path: folders get <c>index.html</c>.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>
    /// The relative link from the page at <paramref name="fromPath"/> to <paramref name="toPath"/> (with an optional fragment).
    /// Links name <c>index.html</c> explicitly, so that the site also works opened from <c>file://</c>.
    /// </summary>
    public static string Relative(string fromPath, string toPath, string? fragment = null)
    {
        var prefix = RootOf(fromPath);
        var target = EncodePath(FileOf(Normalised(toPath)));
        // "javascript:x/index.html" at the root would be read as a scheme; "./" keeps it a path.
        var colon = prefix.Length == 0 ? target.IndexOf(':') : -1;
        if (colon >= 0 && (target.IndexOf('/') is var slash && (slash < 0 || colon < slash)))
        {
            prefix = "./";
        }

        return string.IsNullOrEmpty(fragment) ? string.Concat(prefix, target) : string.Concat(prefix, target, "#", fragment);
    }

    /// <summary>Percent-encodes what a URL path cannot hold as it is ('#', '?', '%', spaces, non-ASCII), segment by segment.</summary>
    public static string EncodePath(string path)
    {
        if (!path.AsSpan().ContainsAnyExcept(UrlPathChars))
        {
            return path;
        }

        var encoded = new System.Text.StringBuilder();
        foreach (var c in path)
        {
            if (UrlPathChars.Contains(c))
            {
                encoded.Append(c);
            }
            else
            {
                foreach (var b in System.Text.Encoding.UTF8.GetBytes(c.ToString()))
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return encoded.ToString();
    }

    /// <summary>The prefix that leads from a page back to the site root (<c>../../</c>), empty at the root.</summary>
    public static string RootOf(string fromPath)
    {
        // A page's file is its path, or its path with "index.html" added, so its depth is the path's '/' count.
        var depth = fromPath.AsSpan().Count('/');
        return depth < RootPrefixes.Length ? RootPrefixes[depth] : string.Concat(Enumerable.Repeat("../", depth));
    }

    // Every page and link asks for these: made once rather than for each link.
    private static readonly string[] RootPrefixes = [.. Enumerable.Range(0, 16).Select(d => string.Concat(Enumerable.Repeat("../", d)))];

    // What a URL path holds as it is; anything else is percent-encoded.
    private static readonly System.Buffers.SearchValues<char> UrlPathChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/");
}

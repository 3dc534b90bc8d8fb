namespace BriefingGen.Model;

/// <summary>Site paths and the relative links between them. A site path has no leading '/': <c>case-studies/x/</c>, <c>assets/style.css</c>, <c>""</c> for the home page.</summary>
public static class SitePath
{
    /// <summary>The file written for a site path: folders get <c>index.html</c>.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>
    /// The relative link from the page at <paramref name="fromPath"/> to <paramref name="toPath"/> (with an optional fragment).
    /// Links name <c>index.html</c> explicitly, so that the site also works opened from <c>file://</c>.
    /// </summary>
    public static string Relative(string fromPath, string toPath, string? fragment = null)
    {
        var fromFile = FileOf(fromPath);
        var depth = fromFile.Count(c => c == '/');
        var prefix = string.Concat(Enumerable.Repeat("../", depth));
        var target = FileOf(toPath);
        var link = prefix + target;
        return string.IsNullOrEmpty(fragment) ? link : link + "#" + fragment;
    }

    /// <summary>The prefix that leads from a page back to the site root (<c>../../</c>), empty at the root.</summary>
    public static string RootOf(string fromPath) =>
        string.Concat(Enumerable.Repeat("../", FileOf(fromPath).Count(c => c == '/')));
}

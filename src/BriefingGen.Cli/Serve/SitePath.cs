using Microsoft.AspNetCore.Http;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// What a request's path names in the served folder: a file (200), nothing there (404), a path too long for any file
/// (414), or a path no site has (400: a control character, a backslash, a dot segment, or percent-escapes left after
/// the server decoded the path once, as a double-encoded path or an encoded slash leaves them).
/// </summary>
internal readonly record struct SitePath(int Status, string? File)
{
    // Well under PATH_MAX (4,096 bytes) with the output folder before it; a site's longest URL is a fraction of this.
    public const int MaxLength = 2_000;
    private const int MaxSegmentBytes = 255; // NAME_MAX: no file has a longer name

    /// <param name="root">The full path of the served folder.</param>
    /// <param name="decodedPath">The request's path as the server decoded it (once): <c>HttpRequest.Path</c>.</param>
    public static SitePath Resolve(string root, string? decodedPath)
    {
        // Empty only when the request names no path at all ("OPTIONS *", "CONNECT host:port").
        if (string.IsNullOrEmpty(decodedPath))
        {
            return new SitePath(StatusCodes.Status400BadRequest, null);
        }

        var path = decodedPath;
        if (path.Length > MaxLength)
        {
            return new SitePath(StatusCodes.Status414UriTooLong, null);
        }

        if (path[0] != '/' || path.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\\' or '\uFFFD') || HasEscape(path))
        {
            return new SitePath(StatusCodes.Status400BadRequest, null);
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return new SitePath(StatusCodes.Status400BadRequest, null);
        }

        if (segments.Any(s => System.Text.Encoding.UTF8.GetByteCount(s) > MaxSegmentBytes))
        {
            return new SitePath(StatusCodes.Status404NotFound, null);
        }

        var full = Path.GetFullPath(Path.Join(root, path));
        if (Directory.Exists(full))
        {
            full = Path.Join(full, "index.html");
        }

        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && System.IO.File.Exists(full) ? new SitePath(StatusCodes.Status200OK, full) : new SitePath(StatusCodes.Status404NotFound, null);
    }

    private static bool HasEscape(string path)
    {
        for (var i = path.IndexOf('%'); i >= 0 && i + 2 < path.Length; i = path.IndexOf('%', i + 1))
        {
            if (char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]))
            {
                return true;
            }
        }

        return false;
    }
}

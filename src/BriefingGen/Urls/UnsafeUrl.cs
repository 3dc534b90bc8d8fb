using Markdig.Helpers;

namespace BriefingGen.Urls;

/// <summary>The addresses that run code or smuggle a document when a reader follows them: <c>javascript:</c>, <c>vbscript:</c> and <c>data:</c>.</summary>
public static class UnsafeUrl
{
    /// <summary>
    /// True when <paramref name="url"/> has one of the refused schemes, however it is written: in any case, with
    /// spaces or control characters inside or around the scheme ("java\tscript:", " javascript:"), which browsers drop,
    /// or with its letters as HTML entities or Markdown escapes ("&amp;#106;avascript&amp;#58;").
    /// </summary>
    public static bool IsUnsafe(string? url, out string scheme)
    {
        scheme = "";
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        if (Refused(url, out scheme))
        {
            return true;
        }

        var decoded = url.AsSpan().IndexOfAny('&', '\\') >= 0 ? HtmlHelper.Unescape(url) : url;
        return decoded != url && Refused(decoded, out scheme);
    }

    /// <summary>
    /// <see cref="IsUnsafe"/>, but for a raster image written inline (<c>data:image/png</c> and the like), which an
    /// image element or an SVG may show: such data is drawn, never run.
    /// </summary>
    public static bool IsUnsafeOutsideRasterImages(string? url, out string scheme)
    {
        scheme = "";
        var trimmed = (url ?? "").AsSpan().TrimStart();
        foreach (var image in RasterImages)
        {
            if (trimmed.StartsWith(image, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return IsUnsafe(url, out scheme);
    }

    private static readonly string[] RasterImages = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"];

    private static bool Refused(string url, out string scheme)
    {
        var colon = url.IndexOf(':');
        scheme = "";
        if (colon < 0)
        {
            return false;
        }

        var letters = new System.Text.StringBuilder(colon);
        foreach (var c in url.AsSpan(0, colon))
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        scheme = letters.ToString();
        return scheme is "javascript" or "vbscript" or "data";
    }
}

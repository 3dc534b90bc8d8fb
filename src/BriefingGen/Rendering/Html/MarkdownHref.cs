using System.Text;
using Markdig.Helpers;

namespace BriefingGen.Rendering;

/// <summary>
/// An address as Markdig writes a Markdown link's href: through the page's link rewriter, then percent-encoded as
/// Markdig encodes it (non-ASCII as UTF-8 bytes). A template then escapes it for HTML, so a term link or citation drawn
/// by the theme has the same href its Markdig renderer wrote.
/// </summary>
public static class MarkdownHref
{
    public static string Encoded(string url, RenderContext context) => PercentEncoded(BriefingHtmlRenderer.SafeUrl(url, context));

    private static string PercentEncoded(string url)
    {
        if (url.All(c => c < 128 && (c == '&' || HtmlHelper.EscapeUrlCharacter(c) is null)))
        {
            return url;
        }

        var encoded = new StringBuilder(url.Length + 16);
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c >= 128)
            {
                // A character outside the BMP is two chars: encode the pair as one code point.
                var length = char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]) ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(url, i, length))
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                // '&' stays itself: Markdig wrote it as an entity, which the template's escaping does too.
                encoded.Append(c == '&' ? "&" : HtmlHelper.EscapeUrlCharacter(c) ?? c.ToString());
            }
        }

        return encoded.ToString();
    }
}

using BriefingGen.Urls;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Parsing.Links;

/// <summary>A refused link in a parsed Markdown text: where it starts (zero-based, in the text) and its scheme.</summary>
public readonly record struct UnsafeLink(int Line, int Column, int Offset, string Scheme);

/// <summary>
/// Finds the links a reader could follow to a refused address in a parsed Markdown document, with the URLs as
/// Markdig decoded them (entities and escapes resolved): links and images, reference-style links where they are used,
/// autolinks, and the URL attributes of raw HTML (present only when the site allows it).
/// </summary>
public static class UnsafeLinkFinder
{
    // The attributes that hold an address a browser loads or follows.
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "data",
        "longdesc", "lowsrc", "dynsrc", "ping", "codebase", "manifest", "icon", "usemap", "archive", "classid", "imagesrcset",
    };

    public static List<UnsafeLink> Find(MarkdownDocument document)
    {
        var found = new List<UnsafeLink>();
        foreach (var node in document.Descendants())
        {
            var (url, html) = node switch
            {
                LinkInline link => (link.Url, null),
                AutolinkInline autolink => (autolink.Url, null),
                HtmlInline inline => (null, inline.Tag),
                HtmlBlock block => (null, block.Lines.ToString()),
                _ => ((string?)null, (string?)null),
            };
            if ((url is not null && UnsafeUrl.IsUnsafe(url, out var scheme)) || (html is not null && InHtml(html, out scheme)))
            {
                found.Add(new UnsafeLink(node.Line, node.Column, node.Span.Start, scheme));
            }
        }

        return found;
    }

    /// <summary>True when a URL attribute of an element in <paramref name="html"/> holds a refused address.</summary>
    public static bool InHtml(string html, out string scheme)
    {
        scheme = "";
        if (html.IndexOf(':') < 0 && html.IndexOf('&') < 0)
        {
            return false;
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (!UrlAttributes.Contains(attribute.Name))
                {
                    continue;
                }

                var urls = attribute.Name.EndsWith("srcset", StringComparison.OrdinalIgnoreCase) ? attribute.Value.Split(',') : [attribute.Value];
                foreach (var url in urls)
                {
                    if (UnsafeUrl.IsUnsafe(url, out scheme))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace BriefingGen.Rendering.Links;

/// <summary>Reads the ids and link URLs of HTML text as the link check reads a page: the check's oracle, and its reader of what was not recorded.</summary>
public static class HtmlLinkReader
{
    /// <summary>
    /// The ids of an HTML text's elements and the URLs of its links, stylesheets and images. AngleSharp's tokenizer
    /// reads the tags and their decoded attributes without building a document tree, which is most of a parse's cost.
    /// </summary>
    public static WrittenLinks Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new List<string>();
        return PlainMarkupReader.TryRead(html, ids, urls) ? new WrittenLinks(ids, urls) : Read(html, out _);
    }

    /// <summary>As <see cref="Read(string)"/>, with AngleSharp's tokenizer alone (no plain-forms reader first): the oracle of the tests.</summary>
    public static WrittenLinks ReadWithAngleSharp(string html) => Read(html, out _);

    // lastTagIsMark: whether the last start tag read is <b> with the id EndMark.
    private static WrittenLinks Read(string html, out bool lastTagIsMark)
    {
        lastTagIsMark = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new List<string>();
        // Disposed, so that its buffer (as long as the page) goes back to the pool for the next page rather than to the collector.
        using var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true, SkipComments = true, SkipScriptText = true, SkipRawText = true, SkipRCDataText = true,
            SkipPlaintext = true, SkipCDATA = true, SkipProcessingInstructions = true, ShouldEmitAttribute = IsLinkAttribute,
        };
        while (true)
        {
            // A view of the tokenizer's own token, valid until the next one: no token objects for 30,000 pages.
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            string? rel = null;
            string? href = null;
            string? id = null;
            var attributes = token.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                switch (attribute.Name.Memory.Span)
                {
                    case "id":
                        id = attribute.Value.ToString();
                        ids.Add(id);
                        break;
                    case "href" or "src":
                        href = attribute.Value.ToString();
                        urls.Add(href);
                        break;
                    case "rel":
                        rel = attribute.Value.ToString();
                        break;
                }
            }

            var tag = token.Name.Memory.Span;
            lastTagIsMark = tag is "b" && id is EndMark;

            // <link rel="canonical"> and the like name addresses, not files the site must have.
            if (tag is "link" && href is not null && rel is not ("stylesheet" or "icon"))
            {
                urls.RemoveAt(urls.Count - 1);
            }

            // As the tree builder would, read the text of these elements as text, not as tags.
            tokenizer.State = tag switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "noscript" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return new WrittenLinks(ids, urls);
    }

    // Written after a fragment read alone: read as an id only when the fragment ends between tags.
    private const string EndMark = "\u27e6end of fragment\u27e7";

    /// <summary>
    /// The ids and links of markup made outside the templates (rendered Markdown, markup built in C#), read alone where a
    /// template writes it between tags; null when it does not end between tags (inside a tag, a comment or a script's
    /// text), where the page's text after it would not be read as the template's analysis reads it.
    /// </summary>
    public static WrittenLinks? ReadFragment(string html) => html.Contains('<') ? ReadMarked(html + Mark, html.Length) : WrittenLinks.None;

    /// <summary>As <see cref="ReadFragment(string)"/>, for markup held in a buffer (a page's Markdown body): copied once, with the mark.</summary>
    public static WrittenLinks? ReadFragment(System.Text.StringBuilder html) =>
        ReadMarked(string.Create(html.Length + Mark.Length, html, static (span, buffer) =>
        {
            buffer.CopyTo(0, span, buffer.Length);
            Mark.CopyTo(span[buffer.Length..]);
        }), html.Length);

    private const string Mark = "<b id=\"" + EndMark + "\">";

    // The fragment is marked[..length], followed by Mark.
    private static WrittenLinks? ReadMarked(string marked, int length)
    {
        // "<a" at the end would run into the tag that follows; text after the last '>' may hold no '<'.
        var fragment = marked.AsSpan(0, length);
        if (fragment[(fragment.LastIndexOf('>') + 1)..].Contains('<'))
        {
            return null;
        }

        // In a tag left open, the mark's "<b" is read as an attribute, and its id as the open tag's: the mark must be a tag of its own.
        var read = Read(marked, out var lastTagIsMark);
        return lastTagIsMark && ((HashSet<string>)read.Ids).Remove(EndMark) ? read : null;
    }

    // The tokenizer keeps only the attributes the check reads; the rest (class, aria-*, ...) are skipped as read.
    private static bool IsLinkAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src" or "rel";
}

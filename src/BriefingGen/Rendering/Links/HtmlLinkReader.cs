using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace BriefingGen.Rendering.Links;

/// <summary>Reads the ids and link URLs of a page's HTML for the link check.</summary>
public static class HtmlLinkReader
{
    /// <summary>
    /// The ids of an HTML text's elements and the URLs of its links, stylesheets and images: read by
    /// <see cref="PlainMarkupReader"/> when the text is plain markup (every page the theme writes), else by AngleSharp.
    /// </summary>
    public static WrittenLinks Read(ReadOnlySpan<char> html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var urls = new List<string>();
        return PlainMarkupReader.TryRead(html, ids, urls) ? new WrittenLinks(ids, urls) : ReadWithAngleSharp(html.ToString());
    }

    /// <summary>
    /// As <see cref="Read(ReadOnlySpan{char})"/>, with AngleSharp's tokenizer alone: the reader of markup that is not plain, and the
    /// tests' oracle. The tokenizer reads the tags and their decoded attributes without building a document tree, which
    /// is most of a parse's cost.
    /// </summary>
    public static WrittenLinks ReadWithAngleSharp(string html)
    {
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
            var attributes = token.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                switch (attribute.Name.Memory.Span)
                {
                    case "id":
                        ids.Add(attribute.Value.ToString());
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

    // The tokenizer keeps only the attributes the check reads; the rest (class, aria-*, ...) are skipped as read.
    private static bool IsLinkAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src" or "rel";
}

namespace BriefingGen.Rendering.Links;

/// <summary>
/// Reads the ids and link URLs of HTML written in its plain forms, as <see cref="HtmlLinkReader"/> reads them with
/// AngleSharp's tokenizer, at the speed of a search for '&lt;'. Plain forms: tags with quoted, unquoted or no attribute
/// values, comments, a doctype, an XML declaration, and script, style and title text. Where HTML's tokenizer has a special case (a
/// carriage return, NUL or U+FFFF, a character reference other than the five XML ones in a link attribute, a tag or comment left open,
/// <c>&lt;![CDATA[</c>, a link attribute given twice, a tag or attribute name outside ASCII, <c>&lt;!--</c> in a script, ...) it gives up and the
/// page is read with AngleSharp, which stays the reader of record: tests hold the two equal on every page they build.
/// </summary>
public static class PlainMarkupReader
{
    private enum TextKind { Markup, RawText }

    /// <summary>True, with the ids and URLs added, when the whole text is in plain forms; false (the sets then partly filled) when it is not.</summary>
    public static bool TryRead(ReadOnlySpan<char> html, HashSet<string> ids, List<string> urls)
    {
        if (html.IndexOfAny('\r', '\0', '\uFFFF') >= 0)
        {
            return false; // the input stream turns the first two into other characters first; AngleSharp reads U+FFFF as the end of the text
        }

        var at = 0;
        while (true)
        {
            var open = IndexOf(html, '<', at);
            if (open < 0 || open == html.Length - 1)
            {
                return true; // a '<' at the very end is text
            }

            at = open + 1;
            var next = html[at];
            if (char.IsAsciiLetter(next))
            {
                if (!Tag(html, ref at, start: true, ids, urls, out var rawTextEnd))
                {
                    return false;
                }

                if (rawTextEnd is not null && !SkipRawText(html, ref at, rawTextEnd))
                {
                    return false;
                }
            }
            else if (next == '/')
            {
                at++;
                if (at >= html.Length || !char.IsAsciiLetter(html[at]) || !Tag(html, ref at, start: false, ids, urls, out _))
                {
                    return false;
                }
            }
            else if (next == '!')
            {
                if (!Declaration(html, ref at))
                {
                    return false;
                }
            }
            else if (next == '?')
            {
                // <?xml ...?>: a bogus comment, to the first '>'.
                var end = IndexOf(html, '>', at);
                if (end < 0)
                {
                    return false;
                }

                at = end + 1;
            }

            // Any other character after '<' leaves it as text.
        }
    }

    // <!-- comment --> or <!DOCTYPE ...>, from just after '<'.
    private static bool Declaration(ReadOnlySpan<char> html, ref int at)
    {
        var rest = html[at..];
        if (rest.StartsWith("!--"))
        {
            var body = rest[3..];
            if (body.StartsWith(">") || body.StartsWith("->"))
            {
                return false; // closed abruptly
            }

            var end = body.IndexOf("-->");
            if (end < 0 || body[..end].Contains("--!", StringComparison.Ordinal))
            {
                return false;
            }

            at += 3 + end + 3;
            return true;
        }

        if (rest.Length > 8 && rest[1..8].Equals("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            var end = rest.IndexOf('>');
            if (end < 0 || rest[..end].IndexOfAny('"', '\'') >= 0)
            {
                return false;
            }

            at += end + 1;
            return true;
        }

        return false;
    }

    // A start or end tag, from its name's first letter to just after its '>'. rawTextEnd: for a start tag whose text
    // HtmlLinkReader reads as text (script, style, title, ...), its name, which the text runs until.
    private static bool Tag(ReadOnlySpan<char> html, ref int at, bool start, HashSet<string> ids, List<string> urls, out string? rawTextEnd)
    {
        rawTextEnd = null;
        var nameStart = at;
        while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>'))
        {
            if (!char.IsAscii(html[at]))
            {
                return false; // how a reader lowers a name outside ASCII (the Kelvin sign to 'k'?) is not this reader's to guess
            }

            at++;
        }

        var name = html.Slice(nameStart, at - nameStart);
        string? href = null;
        string? rel = null;
        var given = 0; // the link attributes met so far, one bit each
        var urlsBefore = start ? urls.Count : 0;
        while (true)
        {
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length)
            {
                return false;
            }

            var c = html[at];
            if (c == '>')
            {
                at++;
                break;
            }

            if (c == '/')
            {
                at++;
                if (at < html.Length && html[at] == '>')
                {
                    at++;
                    break;
                }

                continue;
            }

            if (c == '=')
            {
                return false;
            }

            var attributeStart = at;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>' or '='))
            {
                if (html[at] is '"' or '\'' or '<' || !char.IsAscii(html[at]))
                {
                    return false;
                }

                at++;
            }

            var attribute = Attribute(html.Slice(attributeStart, at - attributeStart));
            while (at < html.Length && IsSpace(html[at]))
            {
                at++;
            }

            if (at >= html.Length)
            {
                return false;
            }

            var valueStart = at;
            var valueEnd = at;
            if (html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at]))
                {
                    at++;
                }

                if (at >= html.Length)
                {
                    return false;
                }

                var quote = html[at];
                if (quote is '"' or '\'')
                {
                    var close = IndexOf(html, quote, at + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    valueStart = at + 1;
                    valueEnd = close;
                    at = close + 1;
                    if (at < html.Length && !IsSpace(html[at]) && html[at] is not ('/' or '>'))
                    {
                        return false; // no space before the next attribute
                    }
                }
                else if (quote != '>')
                {
                    valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>')
                    {
                        if (html[at] is '"' or '\'' or '<' or '=' or '`')
                        {
                            return false;
                        }

                        at++;
                    }

                    valueEnd = at;
                }
            }

            if (attribute == LinkAttribute.None || !start)
            {
                continue;
            }

            if ((given & (int)attribute) != 0)
            {
                return false; // the tokenizer keeps the first of two; AngleSharp's reading of that is not followed here
            }

            given |= (int)attribute;
            if (Decoded(html, valueStart, valueEnd) is not { } value)
            {
                return false;
            }

            switch (attribute)
            {
                case LinkAttribute.Id:
                    ids.Add(value);
                    break;
                case LinkAttribute.Href or LinkAttribute.Src:
                    href = value;
                    urls.Add(value);
                    break;
                case LinkAttribute.Rel:
                    rel = value;
                    break;
            }
        }

        if (!start)
        {
            return true;
        }

        // As HtmlLinkReader: <link rel="canonical"> and the like name addresses, not files the site must have.
        if (IsAscii(name, "link") && href is not null && rel is not ("stylesheet" or "icon") && urls.Count > urlsBefore)
        {
            urls.RemoveAt(urls.Count - 1);
        }

        rawTextEnd = RawTextElement(name);
        return true;
    }

    // The elements whose text HtmlLinkReader has the tokenizer read as text, as the tree builder would.
    private static readonly string[] RawTextElements = ["script", "style", "noscript", "xmp", "iframe", "noembed", "noframes", "textarea", "title"];

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var element in RawTextElements)
        {
            if (IsAscii(name, element))
            {
                return element;
            }
        }

        return null;
    }

    // From just after the start tag to just after "</" of the end tag that ends the text (whose name the caller reads as a tag).
    private static bool SkipRawText(ReadOnlySpan<char> html, ref int at, string element)
    {
        var from = at;
        while (true)
        {
            var close = IndexOf(html, "</", from);
            if (close < 0)
            {
                // The rest is the element's text.
                if (element == "script" && html[at..].Contains("<!--", StringComparison.Ordinal))
                {
                    return false;
                }

                at = html.Length;
                return true;
            }

            var nameEnd = close + 2 + element.Length;
            if (nameEnd < html.Length && IsAscii(html.Slice(close + 2, element.Length), element) && (IsSpace(html[nameEnd]) || html[nameEnd] is '/' or '>'))
            {
                // A script's text with "<!--" has escaped parts, where "</script>" may not end it.
                if (element == "script" && html.Slice(at, close - at).Contains("<!--", StringComparison.Ordinal))
                {
                    return false;
                }

                at = close + 2;
                return Tag(html, ref at, start: false, NoIds, NoUrls, out _);
            }

            if (nameEnd >= html.Length && html.Length - (close + 2) > 0 && IsAscii(html[(close + 2)..], element.AsSpan(0, html.Length - close - 2)))
            {
                return false; // the end tag is cut off by the end of the text
            }

            from = close + 2;
        }
    }

    // What an end tag is read into: nothing, as it has no links.
    private static readonly HashSet<string> NoIds = [];
    private static readonly List<string> NoUrls = [];

    private enum LinkAttribute { None = 0, Id = 1, Href = 2, Src = 4, Rel = 8 }

    private static LinkAttribute Attribute(ReadOnlySpan<char> name) => name.Length switch
    {
        2 when IsAscii(name, "id") => LinkAttribute.Id,
        3 when IsAscii(name, "src") => LinkAttribute.Src,
        3 when IsAscii(name, "rel") => LinkAttribute.Rel,
        4 when IsAscii(name, "href") => LinkAttribute.Href,
        _ => LinkAttribute.None,
    };

    // The value as the tokenizer decodes it: the five XML character references, and nothing that needs more of HTML's rules.
    private static string? Decoded(ReadOnlySpan<char> html, int start, int end)
    {
        var value = html.Slice(start, end - start);
        var amp = value.IndexOf('&');
        if (amp < 0)
        {
            return new string(value);
        }

        var decoded = new System.Text.StringBuilder(value.Length);
        while (amp >= 0)
        {
            decoded.Append(value[..amp]);
            value = value[amp..];
            (string Reference, char Character)? match = null;
            foreach (var reference in References)
            {
                if (value.StartsWith(reference.Reference, StringComparison.Ordinal))
                {
                    match = reference;
                    break;
                }
            }

            if (match is not { } found)
            {
                return null;
            }

            decoded.Append(found.Character);
            value = value[found.Reference.Length..];
            amp = value.IndexOf('&');
        }

        return decoded.Append(value).ToString();
    }

    private static readonly (string Reference, char Character)[] References =
        [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\''), ("&#x27;", '\''), ("&apos;", '\'')];

    // The index of value in text at or after from, or -1.
    private static int IndexOf(ReadOnlySpan<char> text, char value, int from) => text[from..].IndexOf(value) is var i and >= 0 ? from + i : -1;

    private static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int from) => text[from..].IndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? from + i : -1;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    // Whether name is the lower-case ASCII word, in any case of its ASCII letters (as the tokenizer lowers them).
    private static bool IsAscii(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        if (name.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if ((name[i] | 0x20) != word[i])
            {
                return false;
            }
        }

        return true;
    }
}

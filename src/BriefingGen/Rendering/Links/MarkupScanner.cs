using System.Collections.Immutable;

namespace BriefingGen.Rendering.Links;

/// <summary>
/// A link attribute a template's literal text ends, with its element and where in the text it ends; for a
/// &lt;link&gt; element, all its link attributes where the tag ends. An output written into the element's name shows
/// there as <see cref="TemplateLinks.Marker"/>.
/// </summary>
public sealed record TagLinks(string Tag, int End, ImmutableList<LinkAttribute> Attributes);

/// <summary>
/// Follows the HTML tokenizer (the states AngleSharp's tokenizer goes through, as the link check drives it) over a
/// template's literal text, from a known state. What it cannot follow exactly (character references in a link's
/// value, duplicate link attributes, carriage returns, script text with comments, quotes in a doctype, "--!&gt;") it
/// refuses, so that what it does say is what a read of the rendered page would find.
/// </summary>
internal static class MarkupScanner
{
    /// <summary>The state after <paramref name="text"/>, and the start tags it ends; or the reason it cannot be followed.</summary>
    public static (MarkupState? State, List<TagLinks> Tags, string? Refused) Scan(MarkupState state, string text)
    {
        var tags = new List<TagLinks>();
        if (text.AsSpan().IndexOfAny('\r', '\0') >= 0)
        {
            return (null, tags, "a carriage return or NUL in the template's text");
        }

        var s = state;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var (next, consumed, refused) = Step(s, c, text.Length, i, tags);
            if (refused is not null)
            {
                return (null, tags, refused);
            }

            s = next;
            if (consumed)
            {
                i++;
            }
        }

        return (s, tags, null);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    // The tokenizer lowers ASCII letters of tag and attribute names only.
    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;

    // One character: the next state, whether the character was used (false: read again in the next state), or why not.
    private static (MarkupState State, bool Consumed, string? Refused) Step(MarkupState s, char c, int length, int at, List<TagLinks> tags)
    {
        switch (s.Mode)
        {
            case MarkupMode.Data:
                return (c == '<' ? s with { Mode = MarkupMode.TagOpen } : s, true, null);
            case MarkupMode.TagOpen:
                if (IsAsciiLetter(c))
                {
                    return (s with { Mode = MarkupMode.TagName, Tag = "", EndTag = false, Links = [] }, false, null);
                }

                return c switch
                {
                    '/' => (s with { Mode = MarkupMode.EndTagOpen }, true, null),
                    '!' => (s with { Mode = MarkupMode.Bang }, true, null),
                    '?' => (s with { Mode = MarkupMode.Bogus }, false, null),
                    _ => (s with { Mode = MarkupMode.Data }, false, null),
                };
            case MarkupMode.EndTagOpen:
                if (IsAsciiLetter(c))
                {
                    return (s with { Mode = MarkupMode.TagName, Tag = "", EndTag = true, Links = [] }, false, null);
                }

                return c == '>' ? (s with { Mode = MarkupMode.Data }, true, null) : (s with { Mode = MarkupMode.Bogus }, false, null);
            case MarkupMode.TagName:
                if (IsSpace(c))
                {
                    return (s with { Mode = MarkupMode.BeforeAttributeName }, true, null);
                }

                return c switch
                {
                    '/' => (s with { Mode = MarkupMode.SelfClosing }, true, null),
                    '>' => (Emit(s, at, tags), true, null),
                    _ => (s with { Tag = s.Tag + Lower(c) }, true, null),
                };
            case MarkupMode.BeforeAttributeName:
                if (IsSpace(c))
                {
                    return (s, true, null);
                }

                if (c is '/' or '>')
                {
                    return (s with { Mode = MarkupMode.AfterAttributeName }, false, null);
                }

                return NewAttribute(s, c == '=' ? "=" : "", c == '=');
            case MarkupMode.AttributeName:
                if (IsSpace(c) || c is '/' or '>')
                {
                    return (s with { Mode = MarkupMode.AfterAttributeName }, false, null);
                }

                if (c == '=')
                {
                    return (s with { Mode = MarkupMode.BeforeAttributeValue }, true, null);
                }

                // The name so far is kept whole in Attribute while it could still become a link attribute's.
                return (s with { Attribute = s.Attribute + Lower(c) }, true, null);
            case MarkupMode.AfterAttributeName:
                if (IsSpace(c))
                {
                    return (s, true, null);
                }

                if (c == '=')
                {
                    return (s with { Mode = MarkupMode.BeforeAttributeValue }, true, null);
                }

                if (Finish(s, at, tags) is not { } finished)
                {
                    return (s, true, Duplicate);
                }

                return c switch
                {
                    '/' => (finished with { Mode = MarkupMode.SelfClosing }, true, null),
                    '>' => (Emit(finished, at, tags), true, null),
                    _ => NewAttribute(finished, "", false),
                };
            case MarkupMode.BeforeAttributeValue:
                if (IsSpace(c))
                {
                    return (s, true, null);
                }

                return c switch
                {
                    '"' => (s with { Mode = MarkupMode.DoubleQuotedValue }, true, null),
                    '\'' => (s with { Mode = MarkupMode.SingleQuotedValue }, true, null),
                    '>' => Finish(s, at, tags) is { } done ? (Emit(done, at, tags), true, null) : (s, true, Duplicate),
                    _ => (s with { Mode = MarkupMode.UnquotedValue }, false, null),
                };
            case MarkupMode.DoubleQuotedValue or MarkupMode.SingleQuotedValue:
                if (c == (s.Mode == MarkupMode.DoubleQuotedValue ? '"' : '\''))
                {
                    return Finish(s, at, tags) is { } done ? (done with { Mode = MarkupMode.AfterQuotedValue }, true, null) : (s, true, Duplicate);
                }

                return c == '&' && Tracked(s) ? (s, true, "a character reference in a link attribute") : (Append(s, c), true, null);
            case MarkupMode.UnquotedValue:
                if (IsSpace(c))
                {
                    return Finish(s, at, tags) is { } done ? (done with { Mode = MarkupMode.BeforeAttributeName }, true, null) : (s, true, Duplicate);
                }

                if (c == '>')
                {
                    return Finish(s, at, tags) is { } done ? (Emit(done, at, tags), true, null) : (s, true, Duplicate);
                }

                return c == '&' && Tracked(s) ? (s, true, "a character reference in a link attribute") : (Append(s, c), true, null);
            case MarkupMode.AfterQuotedValue:
                if (IsSpace(c))
                {
                    return (s with { Mode = MarkupMode.BeforeAttributeName }, true, null);
                }

                return c switch
                {
                    '/' => (s with { Mode = MarkupMode.SelfClosing }, true, null),
                    '>' => (Emit(s, at, tags), true, null),
                    _ => (s with { Mode = MarkupMode.BeforeAttributeName }, false, null),
                };
            case MarkupMode.SelfClosing:
                return c == '>' ? (Emit(s, at, tags), true, null) : (s with { Mode = MarkupMode.BeforeAttributeName }, false, null);
            case MarkupMode.Bang:
                return c switch
                {
                    '-' => (s with { Mode = MarkupMode.BangDash }, true, null),
                    'd' or 'D' => (s with { Mode = MarkupMode.Doctype }, true, null),
                    _ => (s with { Mode = MarkupMode.Bogus }, false, null),
                };
            case MarkupMode.BangDash:
                // "<!-" then not '-': a bogus comment that holds the '-' (its text does not matter here).
                return c == '-' ? (s with { Mode = MarkupMode.CommentStart }, true, null) : (s with { Mode = MarkupMode.Bogus }, false, null);
            case MarkupMode.CommentStart:
                return c switch
                {
                    '-' => (s with { Mode = MarkupMode.CommentStartDash }, true, null),
                    '>' => (s with { Mode = MarkupMode.Data }, true, null),
                    _ => (s with { Mode = MarkupMode.Comment }, false, null),
                };
            case MarkupMode.CommentStartDash:
                return c switch
                {
                    '-' => (s with { Mode = MarkupMode.CommentEnd }, true, null),
                    '>' => (s with { Mode = MarkupMode.Data }, true, null),
                    _ => (s with { Mode = MarkupMode.Comment }, false, null),
                };
            case MarkupMode.Comment:
                return (c == '-' ? s with { Mode = MarkupMode.CommentEndDash } : s, true, null);
            case MarkupMode.CommentEndDash:
                return c == '-' ? (s with { Mode = MarkupMode.CommentEnd }, true, null) : (s with { Mode = MarkupMode.Comment }, false, null);
            case MarkupMode.CommentEnd:
                return c switch
                {
                    '>' => (s with { Mode = MarkupMode.Data }, true, null),
                    '-' => (s, true, null),
                    '!' => (s, true, "\"--!\" in a comment"),
                    _ => (s with { Mode = MarkupMode.Comment }, false, null),
                };
            case MarkupMode.Doctype:
                // A doctype's quoted identifiers may hold '>'; the theme's doctypes have none.
                if (c is '"' or '\'')
                {
                    return (s, true, "a quote in a doctype");
                }

                return (c == '>' ? s with { Mode = MarkupMode.Data } : s, true, null);
            case MarkupMode.Bogus:
                return (c == '>' ? s with { Mode = MarkupMode.Data } : s, true, null);
            case MarkupMode.Text:
                return TextStep(s, c);
            default:
                return (s, true, $"state {s.Mode}");
        }
    }

    /// <summary>The elements whose text the link check reads as text, not tags (as the tree builder would).</summary>
    public static readonly IReadOnlySet<string> TextElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    /// <summary>Whether a tag whose name starts so can still turn out to be an element the scanner treats apart (text elements, &lt;link&gt;).</summary>
    public static bool MayBeNamedElement(string start) =>
        "link".StartsWith(start, StringComparison.Ordinal) || TextElements.Any(e => e.StartsWith(start, StringComparison.Ordinal));

    private const string Duplicate = "a link attribute written twice in one tag";

    // Inside <script>, <style>, <title> and the like, only "</name" followed by a space, '/' or '>' ends the text.
    private static (MarkupState, bool, string?) TextStep(MarkupState s, char c)
    {
        var closing = "</" + s.Tag;
        if (s.TextEnd.Length == closing.Length)
        {
            if (IsSpace(c) || c is '/' or '>')
            {
                return (s with { Mode = MarkupMode.TagName, EndTag = true, TextEnd = "", Links = [] }, false, null);
            }

            return (s with { TextEnd = "" }, false, null);
        }

        if (Lower(c) == closing[s.TextEnd.Length])
        {
            return (s with { TextEnd = s.TextEnd + c }, true, null);
        }

        if (s.Tag == "script" && c == '!' && s.TextEnd == "<")
        {
            return (s, true, "\"<!\" in a script");
        }

        return (s with { TextEnd = "" }, s.TextEnd.Length == 0, null);
    }

    private static (MarkupState, bool, string?) NewAttribute(MarkupState s, string name, bool consumed) =>
        (s with { Mode = MarkupMode.AttributeName, Attribute = name, Value = [] }, consumed, null);

    private static bool Tracked(MarkupState s) => !s.EndTag && s.Attribute is { } name && MarkupState.IsLinkAttribute(name);

    private static MarkupState Append(MarkupState s, char c)
    {
        if (!Tracked(s))
        {
            return s;
        }

        if (s.Value.Count > 0 && s.Value[^1] is LiteralPart last)
        {
            return s with { Value = s.Value.SetItem(s.Value.Count - 1, new LiteralPart(last.Text + c)) };
        }

        return s with { Value = s.Value.Add(new LiteralPart(c.ToString())) };
    }

    /// <summary>
    /// Ends the state's attribute: a link attribute is noted where it ends (a &lt;link&gt;'s at the tag's end, as its rel
    /// decides whether its href counts). Null when a link attribute appears twice in a tag.
    /// </summary>
    private static MarkupState? Finish(MarkupState s, int at, List<TagLinks> tags)
    {
        if (!Tracked(s))
        {
            return s with { Attribute = null, Value = [] };
        }

        if (s.Links.Any(l => l.Name == s.Attribute))
        {
            return null;
        }

        var attribute = new LinkAttribute(s.Attribute!, s.Value);
        if (s.Tag != "link")
        {
            tags.Add(new TagLinks(s.Tag, at, [attribute]));
        }

        return s with { Links = s.Links.Add(attribute), Attribute = null, Value = [] };
    }

    // A tag ends: a start tag's link attributes are noted, and the elements whose text is not markup switch to text.
    private static MarkupState Emit(MarkupState s, int at, List<TagLinks> tags)
    {
        if (s.EndTag)
        {
            return s with { Mode = MarkupMode.Data, Tag = "", EndTag = false, Links = [] };
        }

        if (s.Tag == "link")
        {
            tags.Add(new TagLinks(s.Tag, at, s.Links));
        }

        var text = TextElements.Contains(s.Tag);
        return s with { Mode = text ? MarkupMode.Text : MarkupMode.Data, Links = [], Attribute = null, Value = [], TextEnd = "", Tag = text ? s.Tag : "" };
    }
}

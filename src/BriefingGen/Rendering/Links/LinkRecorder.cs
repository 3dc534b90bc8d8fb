using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Links;

/// <summary>
/// Records the ids and links a page writes as its templates render, so that the link check need not read its HTML
/// again: the link attributes of the templates' literal text (<see cref="TemplateLinkIndex"/>) with the values written
/// into them, the links of markup the templates rendered (carried by <see cref="RawHtml.Links"/>), and the links of other
/// markup (rendered Markdown, markup built in C#) read alone where it is written. Each output buffer (the page, a
/// capture, an item template's output) is recorded on its own. Anything it cannot follow exactly makes it
/// <see cref="Refused"/>, and the page is read as before.
/// </summary>
public sealed class LinkRecorder(TemplateLinkIndex index)
{
    private sealed class Stream
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
        public List<string> Urls { get; } = [];
    }

    private static readonly WrittenLinks Nothing = new(new HashSet<string>(), []);

    private readonly Dictionary<object, Stream> _streams = new(ReferenceEqualityComparer.Instance);
    private readonly List<(object Buffer, HoleKind Kind)> _enclosing = []; // the output statements being evaluated, innermost last
    private readonly System.Text.StringBuilder _value = new();
    private readonly Dictionary<ScriptStatement, string> _values = new(ReferenceEqualityComparer.Instance);
    private (ScriptStatement Statement, HoleKind Kind)? _written; // the output statement whose value the block writes next

    /// <summary>Why the page cannot be recorded, or null while it can.</summary>
    public string? Refused { get; private set; }

    private void Refuse(string why) => Refused ??= why;

    /// <summary>Starts recording a buffer anew (buffers are pooled: one may have held another output before).</summary>
    public void Begin(object buffer) => _streams.Remove(buffer);

    /// <summary>What was written into the buffer, which is not recorded any longer; null when the page was refused.</summary>
    public WrittenLinks? Take(object buffer)
    {
        var links = Peek(buffer);
        _streams.Remove(buffer);
        return links;
    }

    /// <summary>What was written into the buffer (a capture's, written whole); null when the page was refused.</summary>
    public WrittenLinks? Peek(object buffer) =>
        Refused is not null ? null : _streams.TryGetValue(buffer, out var stream) ? new WrittenLinks(stream.Ids, stream.Urls) : Nothing;

    /// <summary>The buffer an output writes into (an included template's output writes into its caller's).</summary>
    public static object BufferOf(IScriptOutput output) => output switch
    {
        StringBuilderOutput written => written.Builder,
        AppendingOutput appended => appended.Builder,
        _ => output,
    };

    private Stream StreamOf(IScriptOutput output) => StreamOf(BufferOf(output));

    private Stream StreamOf(object buffer)
    {
        if (!_streams.TryGetValue(buffer, out var stream))
        {
            _streams[buffer] = stream = new Stream();
        }

        return stream;
    }

    /// <summary>Before a statement is evaluated: true when it is an output statement, whose evaluation is then followed by <see cref="Left"/>.</summary>
    public bool Entering(ScriptStatement statement, IScriptOutput output)
    {
        _written = null;
        if (!index.TryGetHole(statement, out var kind))
        {
            return false;
        }

        if (kind == HoleKind.LinkValue)
        {
            _values[statement] = ""; // a null value writes nothing
        }

        _enclosing.Add((BufferOf(output), kind));
        return true;
    }

    /// <summary>After an output statement: its value, if the block writes one, is written next.</summary>
    public void Left(ScriptStatement statement)
    {
        _written = (statement, _enclosing[^1].Kind);
        _enclosing.RemoveAt(_enclosing.Count - 1);
    }

    // Where the output statement being evaluated that writes into this buffer writes, if there is one.
    private HoleKind? EnclosingIn(object buffer)
    {
        for (var i = _enclosing.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_enclosing[i].Buffer, buffer))
            {
                return _enclosing[i].Kind;
            }
        }

        return null;
    }

    /// <summary>After a statement that is neither text nor an output statement: nothing it did is a value the block writes.</summary>
    public void Evaluated() => _written = null;

    /// <summary>A template's literal text, written.</summary>
    public void Text(ScriptRawStatement text, IScriptOutput output, bool written)
    {
        _written = null;
        if (Refused is not null)
        {
            return;
        }

        if (!index.TryGetText(text, out var tags))
        {
            Refuse($"text of a template the link analysis refused ({text.Span.FileName})");
            return;
        }

        var buffer = BufferOf(output);
        if (!written || EnclosingIn(buffer) is not (null or HoleKind.Markup))
        {
            Refuse($"text written where the link analysis did not expect it ({text.Span})");
            return;
        }

        if (tags.Count == 0)
        {
            return;
        }

        var stream = StreamOf(buffer);
        foreach (var tag in tags)
        {
            Tag(tag, stream);
        }
    }

    // As HtmlLinkReader reads a start tag.
    private void Tag(TagLinks tag, Stream stream)
    {
        string? rel = null;
        string? href = null;
        foreach (var attribute in tag.Attributes)
        {
            if (ValueOf(attribute) is not { } value)
            {
                Refuse($"a link attribute whose value was not written ({attribute.Name})");
                return;
            }

            switch (attribute.Name)
            {
                case "id":
                    stream.Ids.Add(value);
                    break;
                case "href" or "src":
                    href = value;
                    stream.Urls.Add(value);
                    break;
                case "rel":
                    rel = value;
                    break;
            }
        }

        if (tag.Tag is "link" && href is not null && rel is not ("stylesheet" or "icon"))
        {
            stream.Urls.RemoveAt(stream.Urls.Count - 1);
        }
    }

    private string? ValueOf(LinkAttribute attribute)
    {
        if (attribute.Parts.Count == 1 && attribute.Parts[0] is LiteralPart only)
        {
            return only.Text;
        }

        var value = _value.Clear();
        foreach (var part in attribute.Parts)
        {
            switch (part)
            {
                case LiteralPart literal:
                    value.Append(literal.Text);
                    break;
                case HolePart hole when _values.TryGetValue(hole.Statement, out var written):
                    value.Append(written);
                    break;
                default:
                    return null;
            }
        }

        return value.ToString();
    }

    /// <summary>A value an output statement writes, escaped (<paramref name="text"/> as it is before escaping, XML-forbidden characters stripped).</summary>
    public void WritesText(string text)
    {
        if (Written() is not { } hole)
        {
            return;
        }

        switch (hole.Kind)
        {
            case HoleKind.LinkValue:
                // As the tokenizer reads the escaped value back: the references decoded, line ends as one '\n'.
                _values[hole.Statement] = text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
                break;
            case HoleKind.TagName when text.AsSpan().IndexOfAny(" \t\n\f\r/") >= 0:
                Refuse("a tag name written with a space or '/'");
                break;
        }
    }

    /// <summary>Markup an output statement writes as it is (XML-forbidden characters stripped, as the context writes it).</summary>
    public void WritesMarkup(RawHtml markup, IScriptOutput output)
    {
        if (Written() is not { } hole)
        {
            return;
        }

        if (hole.Kind == HoleKind.Markup)
        {
            // Markup a template rendered carries its links (unless stripping characters changes it); other markup is read alone, once.
            var links = markup.Links is { } recorded && (markup.Buffer is { } buffer ? XmlChars.AllAllowed(buffer) : ReferenceEquals(XmlChars.Strip(markup.Value), markup.Value))
                ? recorded
                : markup.ReadAlone();
            if (links is null)
            {
                Refuse("markup that does not end between tags");
                return;
            }

            if (links.Ids.Count + links.Urls.Count > 0)
            {
                var stream = StreamOf(output);
                stream.Ids.UnionWith(links.Ids);
                stream.Urls.AddRange(links.Urls);
            }

            return;
        }

        var text = XmlChars.Strip(markup.Value);
        switch (hole.Kind)
        {
            case HoleKind.LinkValue when text.AsSpan().IndexOfAny("&\"'<>\r") < 0:
                _values[hole.Statement] = text;
                break;
            case HoleKind.Other when text.AsSpan().IndexOfAny("\"'>") < 0:
            case HoleKind.Text when !text.Contains('<'):
                break;
            case HoleKind.TagName when text.AsSpan().IndexOfAny(" \t\n\f\r/<>\"'") < 0:
                break;
            default:
                Refuse($"markup written in a place where it could change how the page reads ({hole.Kind})");
                break;
        }
    }

    // The output statement whose value is being written; null (and the page refused) when none was expected.
    private (ScriptStatement Statement, HoleKind Kind)? Written()
    {
        var hole = _written;
        _written = null;
        if (Refused is null && hole is null)
        {
            Refuse("a value written where the link analysis expected none");
        }

        return Refused is null ? hole : null;
    }
}

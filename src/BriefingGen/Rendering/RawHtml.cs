using System.Text;
using BriefingGen.Rendering.Links;

namespace BriefingGen.Rendering;

/// <summary>
/// Markup that is already safe HTML (rendered Markdown, generated tables); templates write it without escaping. A
/// template's captured output (<c>{{ main | raw }}</c>) is held as its buffer, so that a whole page is not copied to a
/// string only to be written into the page's own buffer.
/// </summary>
public sealed class RawHtml
{
    private string? _value;

    public RawHtml(string value) => _value = value;

    internal RawHtml(StringBuilder buffer) => Buffer = buffer;

    /// <summary>The captured output this markup is, not copied yet; null for markup held as a string.</summary>
    internal StringBuilder? Buffer { get; }

    public string Value => _value ??= Buffer!.ToString();

    /// <summary>The ids and links of this markup, recorded as a template rendered it; null when it was not (see <see cref="LinkRecorder"/>).</summary>
    internal WrittenLinks? Links { get; init; }

    // What ReadAlone found: the links, NotBetweenTags, or null before it is read.
    private object? _readAlone;
    private static readonly object NotBetweenTags = new();

    /// <summary>The ids and links of this markup read alone (as written: XML-forbidden characters stripped), once; null when it does not end between tags.</summary>
    internal WrittenLinks? ReadAlone()
    {
        var read = Volatile.Read(ref _readAlone);
        if (read is null)
        {
            var links = Buffer is { } buffer && _value is null && XmlChars.AllAllowed(buffer) ? HtmlLinkReader.ReadFragment(buffer) : HtmlLinkReader.ReadFragment(XmlChars.Strip(Value));
            read = (object?)links ?? NotBetweenTags;
            Volatile.Write(ref _readAlone, read);
        }

        return read as WrittenLinks;
    }

    public override string ToString() => Value;
}

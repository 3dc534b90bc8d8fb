using System.Text;

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

    public override string ToString() => Value;
}

using YamlDotNet.RepresentationModel;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Yaml;

/// <summary>Where a character of a YAML scalar's value is written in the file, whatever the scalar's style.</summary>
public static class ScalarPlace
{
    /// <summary>
    /// The line and column of <paramref name="text"/>[<paramref name="offset"/>] in <paramref name="yaml"/>: the
    /// characters from there are looked for in the value's own text (quotes, block indentation and folding move them,
    /// but leave them as written), from <paramref name="from"/>, which moves past them. When an escape inside them
    /// changed them, the value's start is the place.
    /// </summary>
    public static SourceSpan Of(YamlScalarNode scalar, string text, int offset, string yaml, string path, int lineOffset, ref int from)
    {
        var start = YamlText.Span(path, lineOffset, scalar.Start);
        var end = Math.Min((int)scalar.End.Index, yaml.Length);
        return Find(yaml, (int)scalar.Start.Index, end, start, text, offset, ref from) ?? start;
    }

    /// <summary>
    /// The same for a scalar kept as written (<paramref name="written"/>, from its first character, which is at
    /// <paramref name="start"/>); null when the characters are not found as they read (an escape changed them).
    /// </summary>
    public static SourceSpan? InWritten(string written, SourceSpan start, string text, int offset)
    {
        var from = Math.Min(offset, written.Length); // a value's character is never written before its own place in the value
        return Find(written, 0, written.Length, start, text, offset, ref from);
    }

    private static SourceSpan? Find(string yaml, int start, int end, SourceSpan startSpan, string text, int offset, ref int from)
    {
        var length = 0;
        while (offset + length < text.Length && length < 40 && !char.IsWhiteSpace(text[offset + length]))
        {
            length++;
        }

        var at = length == 0 || from >= end ? -1 : yaml.IndexOf(text.Substring(offset, length), from, end - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        from = at + length;
        var line = startSpan.Line;
        var lastBreak = -1;
        for (var i = start; i < at; i++)
        {
            if (yaml[i] == '\n')
            {
                line++;
                lastBreak = i;
            }
        }

        return new SourceSpan(startSpan.Path, line, lastBreak < 0 ? startSpan.Column + (at - start) : at - lastBreak);
    }

    /// <summary>The index in <paramref name="text"/> of the character at <paramref name="line"/> and <paramref name="column"/> (from 0), or null past its end.</summary>
    public static int? OffsetOf(string text, int line, int column)
    {
        var at = 0;
        for (var i = 0; i < line; i++)
        {
            at = text.IndexOf('\n', at) + 1;
            if (at == 0)
            {
                return null;
            }
        }

        return at + column < text.Length ? at + column : null;
    }
}

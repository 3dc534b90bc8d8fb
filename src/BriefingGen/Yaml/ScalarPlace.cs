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
        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, yaml.Length);
        var length = 0;
        while (offset + length < text.Length && length < 40 && !char.IsWhiteSpace(text[offset + length]))
        {
            length++;
        }

        var at = length == 0 || from >= end ? -1 : yaml.IndexOf(text.Substring(offset, length), from, end - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return YamlText.Span(path, lineOffset, scalar.Start);
        }

        from = at + length;
        var line = (int)scalar.Start.Line + lineOffset;
        var column = (int)scalar.Start.Column + (at - start);
        var lastBreak = -1;
        for (var i = start; i < at; i++)
        {
            if (yaml[i] == '\n')
            {
                line++;
                lastBreak = i;
            }
        }

        return new SourceSpan(path, line, lastBreak < 0 ? column : at - lastBreak);
    }
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Parsing.Syntax;

/// <summary>Parses <c>[[target]]</c> and <c>[[target|label]]</c> on one line.</summary>
public sealed class TermLinkParser : InlineParser
{
    public TermLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var start = slice.Start;
        var text = slice.Text;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var inner = text.AsSpan(start + 2, close - start - 2);
        if (inner.IndexOfAny('\n', '[') >= 0 || inner.Trim().Length == 0)
        {
            return false;
        }

        var bar = inner.IndexOf('|');
        var target = (bar < 0 ? inner : inner[..bar]).Trim().ToString();
        var label = bar < 0 ? null : inner[(bar + 1)..].Trim().ToString();
        var end = close + 1;
        processor.Inline = new TermLinkInline
        {
            Target = target,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}

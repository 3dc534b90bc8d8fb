using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Parsing.Syntax;

/// <summary>
/// Parses pandoc citations: <c>[@key]</c>, <c>[@key, p. 12]</c>, <c>[see @a; @b]</c>, <c>[-@key]</c> and narrative
/// <c>@key</c> or <c>@key [p. 12]</c>.
/// A bracket whose parts do not all name a key is left to the ordinary link parser.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '[' ? MatchBracketed(processor, ref slice) : MatchNarrative(processor, ref slice);

    private static bool MatchNarrative(InlineProcessor processor, ref StringSlice slice)
    {
        // As in pandoc, a narrative citation starts a word: '@' after a letter, '/' or ':' is part of an address.
        var previous = slice.PeekCharExtra(-1);
        if (!(previous == '\0' || char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '"' or '\'' or '‘' or '“' or '*' or '_' or '~'))
        {
            return false;
        }

        var start = slice.Start;
        if (previous == '[' && IsLinkText(slice.Text, start - 1, slice.End))
        {
            return false;
        }

        var keyEnd = ScanKey(slice.Text, start + 1, slice.End);
        if (keyEnd == start + 1)
        {
            return false;
        }

        var key = slice.Text[(start + 1)..keyEnd];
        var (locator, end) = NarrativeLocator(slice.Text, keyEnd, slice.End);
        processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Items = [new CitationItem(key, "", locator, false, line, column)],
            Parenthetical = false,
            Span = new SourceSpan(start, end - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    // Pandoc: "@key [p. 12]" is a narrative citation with a locator, shown inside its parentheses: "Ostrom (1996, p. 12)".
    // A bracket holding a key, or followed by a link target, is not a locator.
    private static (string Locator, int End) NarrativeLocator(string text, int keyEnd, int end)
    {
        var open = keyEnd < text.Length && keyEnd <= end && text[keyEnd] == ' ' ? keyEnd + 1 : keyEnd;
        if (open > end || open >= text.Length || text[open] != '[')
        {
            return ("", keyEnd);
        }

        var close = FindClose(text, open, end);
        if (close < 0 || (close + 1 <= end && close + 1 < text.Length && text[close + 1] is '(' or '['))
        {
            return ("", keyEnd);
        }

        var locator = text[(open + 1)..close].Trim();
        return locator.Length == 0 || locator.Contains('@') || locator.StartsWith('^') ? ("", keyEnd) : (locator, close + 1);
    }

    private static bool MatchBracketed(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = FindClose(text, start, slice.End);
        if (close < 0 || text.IndexOf('@', start, close - start) < 0)
        {
            return false;
        }

        // [@key](url) and [@key][ref] are links, not citations.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[')
        {
            return false;
        }

        var items = new List<CitationItem>();
        var partStart = start + 1;
        for (var i = start + 1; i <= close; i++)
        {
            if (i == close || text[i] == ';')
            {
                var item = ParseItem(processor, text, partStart, i);
                if (item is null)
                {
                    return false;
                }

                items.Add(item);
                partStart = i + 1;
            }
        }

        processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CitationInline
        {
            Items = items,
            Parenthetical = true,
            Span = new SourceSpan(start, close),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    // "[@key](url)" and "[@key][ref]" are links whose text happens to start with '@'.
    private static bool IsLinkText(string text, int open, int end)
    {
        var close = FindClose(text, open, end);
        return close >= 0 && close + 1 < text.Length && text[close + 1] is '(' or '[';
    }

    // One part of a bracketed citation: "see @key, p. 12" or "-@key".
    private static CitationItem? ParseItem(InlineProcessor processor, string text, int start, int end)
    {
        var at = text.IndexOf('@', start, end - start);
        if (at < 0)
        {
            return null;
        }

        var suppress = at > start && text[at - 1] == '-';
        var prefixEnd = suppress ? at - 1 : at;
        var prefix = text[start..prefixEnd].Trim();
        if (prefix.Length > 0 && !char.IsWhiteSpace(text[prefixEnd - 1]) && prefixEnd > start)
        {
            return null;
        }

        var keyEnd = ScanKey(text, at + 1, end - 1);
        if (keyEnd == at + 1)
        {
            return null;
        }

        var key = text[(at + 1)..keyEnd];
        var locator = text[keyEnd..end].Trim().TrimStart(',').Trim();
        processor.GetSourcePosition(at, out var line, out var column);
        return new CitationItem(key, prefix, locator, suppress, line, column);
    }

    // Pandoc: a key starts with a letter, digit or '_' and may hold ':.#$%&-+?<>~/' inside, but not at its end.
    private static int ScanKey(string text, int start, int end)
    {
        if (start > end || start >= text.Length || !(char.IsLetterOrDigit(text[start]) || text[start] == '_'))
        {
            return start;
        }

        var i = start;
        var lastGood = start;
        while (i <= end && i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                lastGood = i + 1;
            }
            else if (":.#$%&-+?<>~/".IndexOf(c) < 0)
            {
                break;
            }

            i++;
        }

        return lastGood;
    }

    private static int FindClose(string text, int start, int end)
    {
        for (var i = start + 1; i <= end && i < text.Length; i++)
        {
            switch (text[i])
            {
                case ']': return i;
                case '[': return -1;
            }
        }

        return -1;
    }
}

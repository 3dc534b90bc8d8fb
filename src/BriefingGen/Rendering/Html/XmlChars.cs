using System.Buffers;
using System.Text;

namespace BriefingGen.Rendering;

/// <summary>
/// The characters XML 1.0 allows (tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD, and
/// surrogate pairs). Others (C0 controls, U+FFFE, U+FFFF, a lone surrogate) cannot be written in XML even as
/// <c>&amp;#1;</c>, and are parse errors in HTML, so they are dropped from what a template writes.
/// </summary>
public static class XmlChars
{
    // The forbidden characters and every surrogate; a surrogate that is half of a pair is kept by the slow path.
    private static readonly SearchValues<char> ForbiddenOrSurrogate = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c)) +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)) + "\uFFFE\uFFFF");

    /// <summary>The text without the characters XML 1.0 forbids; the same string when it has none.</summary>
    public static string Strip(string text)
    {
        var first = text.AsSpan().IndexOfAny(ForbiddenOrSurrogate);
        if (first < 0 || (IsPairAt(text, first) && OnlyPairsFrom(text, first)))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsPairAt(text, i))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (!ForbiddenOrSurrogate.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Whether a buffer holds only characters XML allows and no surrogate (text with a pair is checked by <see cref="Strip"/>).</summary>
    public static bool AllAllowed(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.IndexOfAny(ForbiddenOrSurrogate) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    // Text outside the BMP (emoji, rare scripts) is all pairs: checked without copying.
    private static bool OnlyPairsFrom(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!ForbiddenOrSurrogate.Contains(text[i]))
            {
                continue;
            }

            if (!IsPairAt(text, i))
            {
                return false;
            }

            i++;
        }

        return true;
    }
}

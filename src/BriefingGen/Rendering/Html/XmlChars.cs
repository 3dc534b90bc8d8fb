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
    // The forbidden C0 controls. Searched for apart from the surrogates and U+FFFE/U+FFFF: one set of all of them would
    // be searched character by character, three searches of an ASCII set and two ranges run on whole vectors.
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c)));

    // The first forbidden character or surrogate (a surrogate that is half of a pair is kept by the callers), or -1.
    private static int IndexOfForbiddenOrSurrogate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(ForbiddenControls);
        var searched = first < 0 ? text : text[..first];
        var surrogate = searched.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate >= 0)
        {
            first = surrogate;
            searched = searched[..surrogate];
        }

        var nonCharacter = searched.IndexOfAnyInRange('\uFFFE', '\uFFFF');
        return nonCharacter >= 0 ? nonCharacter : first;
    }

    private static bool IsForbiddenOrSurrogate(char c) => c < 0x20 ? c is not ('\t' or '\n' or '\r') : c is (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF';

    /// <summary>The text without the characters XML 1.0 forbids; the same string when it has none.</summary>
    public static string Strip(string text)
    {
        var first = IndexOfForbiddenOrSurrogate(text);
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
            else if (!IsForbiddenOrSurrogate(c))
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
            if (IndexOfForbiddenOrSurrogate(chunk.Span) >= 0)
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
            if (!IsForbiddenOrSurrogate(text[i]))
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

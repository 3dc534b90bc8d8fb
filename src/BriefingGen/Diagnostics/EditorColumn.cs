using System.Globalization;

namespace BriefingGen.Diagnostics;

/// <summary>
/// Columns as an editor shows them: parsers count UTF-16 code units, so an emoji counts two and an accent written
/// as a combining mark counts on its own. This counts user-perceived characters (a tab is one).
/// </summary>
public static class EditorColumn
{
    /// <param name="text">The text the line and column are in.</param>
    /// <param name="line">One-based line within <paramref name="text"/>.</param>
    /// <param name="utf16Column">One-based column in UTF-16 code units.</param>
    public static int FromUtf16(string text, int line, int utf16Column)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }

        if (start < 0 || utf16Column <= 1)
        {
            return utf16Column;
        }

        var end = text.IndexOf('\n', start);
        var lineText = end < 0 ? text[start..] : text[start..end];
        var prefixLength = Math.Min(utf16Column - 1, lineText.Length);
        if (prefixLength < lineText.Length && prefixLength > 0 && char.IsLowSurrogate(lineText[prefixLength]))
        {
            prefixLength--;
        }

        var extra = utf16Column - 1 - Math.Min(utf16Column - 1, lineText.Length);
        return StringInfo.ParseCombiningCharacters(lineText[..prefixLength]).Length + extra + 1;
    }
}

using System.Globalization;
using System.Text;

namespace BriefingGen.Diagnostics;

/// <summary>
/// Text as a diagnostic line prints it: control characters, line breaks of every kind and bidirectional overrides
/// escaped (<c>\n</c>, <c>\u2028</c>), so that a file name or a value from content can never start a line of its own that reads as
/// another diagnostic.
/// </summary>
public static class DiagnosticText
{
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(Unprintable))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when Unprintable.Contains(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the bidirectional overrides
    // that can make a line read in another order than it is.
    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7f, 0x21)).Concat([0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
            .Select(c => (char)c)));
}

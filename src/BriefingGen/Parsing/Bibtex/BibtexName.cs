namespace BriefingGen.Parsing.Bibtex;

/// <summary>
/// A name of a BibTeX <c>author</c> or <c>editor</c> list in its four parts, as BibTeX splits it: "First von Last",
/// "von Last, First" or "von Last, Jr, First"; a name wholly in braces (<c>{World Health Organization}</c>) is an
/// organisation, kept whole. The parts are plain text.
/// </summary>
public sealed record BibtexName(string? First, string? Von, string? Last, string? Jr, string? Literal)
{
    /// <summary>Splits a field's raw value at each "and" outside braces, and each name into its parts; empty names are left out.</summary>
    public static IReadOnlyList<BibtexName> List(string raw)
    {
        var names = new List<BibtexName>();
        foreach (var part in SplitTopLevel(raw, static (text, i) => IsAnd(text, i) ? 3 : 0))
        {
            if (part.Trim() is { Length: > 0 } name && !name.Equals("others", StringComparison.Ordinal) &&
                Parse(name) is { } parsed && (parsed.Literal ?? parsed.Last ?? parsed.First) is not null)
            {
                names.Add(parsed);
            }
        }

        return names;
    }

    private static BibtexName Parse(string name)
    {
        if (name.StartsWith('{') && MatchingClose(name, 0) == name.Length - 1)
        {
            return new BibtexName(null, null, null, null, Plain(name));
        }

        var parts = SplitTopLevel(name, static (text, i) => text[i] == ',' ? 1 : 0).Select(p => p.Trim()).ToList();
        if (parts.Count == 1)
        {
            // First von Last: von is the run from the first to the last lower-case word before the last word.
            var words = Words(parts[0]);
            if (words.Count == 0)
            {
                return new BibtexName(null, null, null, null, null);
            }

            var firstLower = words.FindIndex(0, Math.Max(words.Count - 1, 0), IsLowerCase);
            if (firstLower < 0)
            {
                return Make(Join(words[..^1]), null, words[^1], null);
            }

            var lastLower = words.FindLastIndex(words.Count - 2, words.Count - 1 - firstLower, IsLowerCase);
            return Make(Join(words[..firstLower]), Join(words[firstLower..(lastLower + 1)]), Join(words[(lastLower + 1)..]), null);
        }

        // von Last, [Jr,] First: von is the leading lower-case words, and the last word is always Last.
        var head = Words(parts[0]);
        var von = 0;
        while (von < head.Count - 1 && IsLowerCase(head[von]))
        {
            von++;
        }

        var jr = parts.Count > 2 ? parts[1] : null;
        return Make(string.Join(' ', parts.Skip(parts.Count > 2 ? 2 : 1)), Join(head[..von]), Join(head[von..]), jr);
    }

    private static BibtexName Make(string? first, string? von, string? last, string? jr) =>
        new(Plain(first), Plain(von), Plain(last), Plain(jr), null);

    private static string? Plain(string? text) => string.IsNullOrWhiteSpace(text) || LatexText.ToPlain(text) is not { Length: > 0 } plain ? null : plain;

    private static string? Join(List<string> words) => words.Count == 0 ? null : string.Join(' ', words);

    // BibTeX's rule: a word is lower case when its first letter outside braces is; "{de la} Fontaine" is not.
    private static bool IsLowerCase(string word)
    {
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                // A brace group that starts with a command, {\'e}, counts by its letter.
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var letter = LatexText.ToPlain(word[i..(MatchingClose(word, i) is var close and >= 0 ? close + 1 : word.Length)]);
                    return letter.Length > 0 && char.IsLower(letter[0]);
                }

                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static List<string> Words(string text) =>
        SplitTopLevel(text, static (t, i) => t[i] is ' ' or '\t' or '\n' or '\r' or '~' ? 1 : 0).Where(w => w.Length > 0).ToList();

    private static bool IsAnd(string text, int i) =>
        i > 0 && char.IsWhiteSpace(text[i - 1]) && i + 4 <= text.Length && (text[i] is 'a' or 'A') && (text[i + 1] is 'n' or 'N') &&
        (text[i + 2] is 'd' or 'D') && char.IsWhiteSpace(text[i + 3]);

    // Splits at each separator outside braces; separator(text, i) gives the separator's length at i, or 0.
    private static List<string> SplitTopLevel(string text, Func<string, int, int> separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(depth - 1, 0);
            }
            else if (depth == 0 && separator(text, i) is var length and > 0)
            {
                parts.Add(text[start..i]);
                i += length - 1;
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static int MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}

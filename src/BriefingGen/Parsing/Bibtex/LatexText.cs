using System.Text;

namespace BriefingGen.Parsing.Bibtex;

/// <summary>
/// Turns the LaTeX of a BibTeX value into plain Unicode text: accents (<c>{\'e}</c>, <c>\"{o}</c>, <c>\c{c}</c>), special
/// letters (<c>\ss</c>, <c>\o</c>), escaped symbols (<c>\&amp;</c>, <c>\textbackslash{}</c>, <c>\^{}</c>), dashes and quotes; protecting braces are dropped, as
/// is the command of any other macro (<c>\emph{x}</c> gives <c>x</c>). One pass, so any text takes linear time.
/// </summary>
public static class LatexText
{
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
        ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323',
        ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ",
        ["NG"] = "Ŋ", ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘", ["ldots"] = "…",
        ["dots"] = "…", ["textellipsis"] = "…", ["S"] = "§", ["P"] = "¶", ["pounds"] = "£", ["euro"] = "€", ["copyright"] = "©",
        ["textbackslash"] = "\\", ["textasciicircum"] = "^", ["textasciitilde"] = "~",
    };

    public static string ToPlain(string latex)
    {
        if (latex.AsSpan().IndexOfAny("\\{}~-`'$") < 0)
        {
            return Collapse(latex);
        }

        var text = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            switch (c)
            {
                case '{' or '}' or '$':
                    break;
                case '~':
                    text.Append('\u00A0');
                    break;
                case '-' when At(latex, i, "---"):
                    text.Append('—');
                    i += 2;
                    break;
                case '-' when At(latex, i, "--"):
                    text.Append('–');
                    i += 1;
                    break;
                case '`' when At(latex, i, "``"):
                    text.Append('“');
                    i += 1;
                    break;
                case '\'' when At(latex, i, "''"):
                    text.Append('”');
                    i += 1;
                    break;
                case '\\':
                    i = Command(latex, i, text);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return Collapse(text.ToString().Normalize(NormalizationForm.FormC));
    }

    // Reads the command at latex[at] ('\'), writes what it stands for and returns the index of its last character.
    private static int Command(string latex, int at, StringBuilder text)
    {
        if (at + 1 >= latex.Length)
        {
            return at;
        }

        var next = latex[at + 1];
        if (Accents.TryGetValue(next, out var accent) && (!char.IsAsciiLetter(next) || !IsLetterAt(latex, at + 2)))
        {
            var end = AccentBase(latex, at + 2, out var letter);
            // An accent over nothing ("\^{}", "\~{}", as CitationFiles escapes '^' and '~') is the mark itself.
            if (letter.Length == 0)
            {
                text.Append(next);
            }
            else
            {
                text.Append(letter).Append(accent);
            }

            return end;
        }

        if (!char.IsAsciiLetter(next))
        {
            if (next is '\\')
            {
                text.Append(' ');
            }
            else if (next is not ('-' or '/'))
            {
                text.Append(next); // \& \% \$ \# \_ \{ \} and a control space
            }

            return at + 1;
        }

        var nameEnd = at + 1;
        while (nameEnd < latex.Length && char.IsAsciiLetter(latex[nameEnd]))
        {
            nameEnd++;
        }

        var name = latex[(at + 1)..nameEnd];
        if (Letters.TryGetValue(name, out var letterText))
        {
            text.Append(letterText);
            // A space after a letter command only ends its name: "{\o}" and "\o ther" alike.
            return nameEnd < latex.Length && latex[nameEnd] == ' ' ? nameEnd : nameEnd - 1;
        }

        // Any other command: dropped, its argument (if braced) kept as text.
        return nameEnd < latex.Length && latex[nameEnd] == ' ' ? nameEnd : nameEnd - 1;
    }

    // The letter an accent sits on: "e", "{e}", "{\i}" or " e"; returns the index of the last character read.
    private static int AccentBase(string latex, int at, out string letter)
    {
        var i = at;
        while (i < latex.Length && latex[i] == ' ')
        {
            i++;
        }

        var braced = i < latex.Length && latex[i] == '{';
        if (braced)
        {
            i++;
        }

        letter = "";
        if (i < latex.Length && latex[i] == '\\' && i + 1 < latex.Length && latex[i + 1] is 'i' or 'j' && !IsLetterAt(latex, i + 2))
        {
            letter = latex[i + 1].ToString(); // a dotless i under an accent is an i
            i += 2;
        }
        else if (i < latex.Length && latex[i] is not ('}' or '\\'))
        {
            letter = latex[i].ToString();
            i++;
        }

        if (braced && i < latex.Length && latex[i] == '}')
        {
            i++;
        }

        return i - 1;
    }

    private static bool IsLetterAt(string text, int at) => at < text.Length && char.IsAsciiLetter(text[at]);

    private static bool At(string text, int at, string what) => string.CompareOrdinal(text, at, what, 0, what.Length) == 0;

    // Line breaks and runs of spaces inside a value are one space, as TeX reads them.
    private static string Collapse(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && text.AsSpan().IndexOfAny("\n\r\t") < 0)
        {
            return text.Trim();
        }

        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                space = true;
                continue;
            }

            if (space && collapsed.Length > 0)
            {
                collapsed.Append(' ');
            }

            space = false;
            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}

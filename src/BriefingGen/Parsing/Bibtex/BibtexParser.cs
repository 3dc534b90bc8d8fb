using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Parsing.Bibtex;

/// <summary>
/// Reads a BibTeX file as Zotero, Google Scholar, JabRef and biblatex write it: entries in braces or parentheses,
/// <c>@string</c> macros, <c>#</c> concatenation, bare numbers and month names; <c>@comment</c> and <c>@preamble</c>
/// are skipped, as is any text between entries. A broken entry is reported at its line and reading goes on at the
/// next line that starts with <c>@</c>, so every mistake of a file is reported at once, in one pass over the text.
/// </summary>
public sealed class BibtexParser
{
    private static readonly Dictionary<string, string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "1", ["feb"] = "2", ["mar"] = "3", ["apr"] = "4", ["may"] = "5", ["jun"] = "6",
        ["jul"] = "7", ["aug"] = "8", ["sep"] = "9", ["oct"] = "10", ["nov"] = "11", ["dec"] = "12",
    };

    private const int MaxErrors = 100;

    private readonly string _text;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] _lineStarts;
    private int _at;
    private long _expansionBudget;
    private bool _overBudget;
    private int _errors;

    private BibtexParser(string text, string path, DiagnosticBag diagnostics)
    {
        _text = text;
        _path = path;
        _diagnostics = diagnostics;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        _expansionBudget = 1_000_000 + 4L * text.Length;
    }

    public static IReadOnlyList<BibtexEntry> Parse(string text, string path, DiagnosticBag diagnostics) =>
        new BibtexParser(text, path, diagnostics).Entries();

    private List<BibtexEntry> Entries()
    {
        var entries = new List<BibtexEntry>();
        while (_errors < MaxErrors)
        {
            var next = _text.IndexOf('@', _at);
            if (next < 0)
            {
                return entries;
            }

            _at = next;
            if (next > 0 && char.IsLetterOrDigit(_text[next - 1]))
            {
                // An '@' inside a word between entries (an e-mail address in a comment) starts no entry.
                _at++;
                continue;
            }

            try
            {
                if (Entry() is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (SyntaxError error)
            {
                Report(error.At, error.Message);
                _at = Math.Max(error.ResumeAt, next + 1);
            }
        }

        _diagnostics.Error(DiagnosticCodes.BibtexSyntax, SpanAt(Math.Min(_at, _text.Length)),
            $"reading stopped here after {MaxErrors} errors: correct those and build again");
        return entries;
    }

    private void Report(int at, string message)
    {
        // A file that is not BibTeX at all would give an error a line: the first ones say what is wrong.
        if (++_errors <= MaxErrors)
        {
            _diagnostics.Error(DiagnosticCodes.BibtexSyntax, SpanAt(at), message);
        }
    }

    private BibtexEntry? Entry()
    {
        var start = _at;
        _at++; // '@'
        var type = Identifier().ToLowerInvariant();
        if (type.Length == 0)
        {
            // An '@' in running text between entries (an e-mail address, say) is not an entry.
            return null;
        }

        SkipSpace();
        if (_at >= _text.Length || (_text[_at] != '{' && _text[_at] != '('))
        {
            throw Error(_at, $"'@{type}' must be followed by '{{' (or '(') and the entry's key", start);
        }

        var close = _text[_at] == '{' ? '}' : ')';
        _at++;
        switch (type)
        {
            case "comment":
                SkipBalanced(start, close);
                return null;
            case "preamble":
                SkipSpace();
                Value(start);
                Expect(close, start, "the @preamble");
                return null;
            case "string":
                SkipSpace();
                var (name, _) = FieldName(start);
                _macros[name] = Value(start);
                SkipSpace();
                Expect(close, start, "the @string");
                return null;
        }

        SkipSpace();
        var keyStart = _at;
        while (_at < _text.Length && _text[_at] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }

        var key = _text[keyStart.._at];
        if (key.Length == 0)
        {
            throw Error(keyStart, $"the @{type} entry has no key: write @{type}{{some-key, ...}}", start);
        }

        var fields = new List<BibtexField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (_at < _text.Length && _text[_at] == close)
            {
                _at++;
                return new BibtexEntry(type, key, fields, SpanAt(start));
            }

            Expect(',', start, $"the entry '{key}'", after: fields.Count == 0 ? "its key" : "a field's value");
            SkipSpace();
            if (_at < _text.Length && _text[_at] == close)
            {
                continue; // a trailing comma, as Zotero writes
            }

            var (field, at) = FieldName(start);
            var value = Value(start);
            if (!names.Add(field))
            {
                // BibTeX itself refuses a repeated field; which of the two was meant is for the editor to say.
                Report(at, $"'{key}' has '{field}' twice; remove one of them");
                continue;
            }

            fields.Add(new BibtexField(field, value, SpanAt(at)));
        }
    }

    private (string Name, int At) FieldName(int entryStart)
    {
        SkipSpace();
        var at = _at;
        var name = Identifier().ToLowerInvariant();
        if (name.Length == 0)
        {
            if (_at >= _text.Length || _text[_at] == '@')
            {
                throw Unclosed(entryStart);
            }

            throw Error(_at, $"a field name was expected here, not {Shown(_at)}", entryStart);
        }

        SkipSpace();
        Expect('=', entryStart, $"the field '{name}'", after: "its name");
        SkipSpace();
        return (name, at);
    }

    // value = part ('#' part)*, part = {braced} | "quoted" | number | macro
    private string Value(int entryStart)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpace();
            if (_at >= _text.Length)
            {
                throw Unclosed(entryStart);
            }

            var c = _text[_at];
            if (c == '{')
            {
                var open = _at++;
                SkipBalanced(entryStart, '}');
                value.Append(_text, open + 1, _at - open - 2);
            }
            else if (c == '"')
            {
                value.Append(Quoted(entryStart));
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = _at;
                while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
                {
                    _at++;
                }

                value.Append(_text, digits, _at - digits);
            }
            else
            {
                var at = _at;
                var name = Identifier();
                if (name.Length == 0)
                {
                    throw Error(at, $"a value in braces, quotes, a number or a @string name was expected here, not {Shown(at)}", entryStart);
                }

                if (_macros.TryGetValue(name, out var expansion) || Months.TryGetValue(name, out expansion))
                {
                    Expand(value, expansion, at);
                }
                else
                {
                    Report(at, $"'{name}' is not defined: define it with @string{{{name} = {{...}}}} or put the value in braces");
                }
            }

            SkipSpace();
            if (_at < _text.Length && _text[_at] == '#')
            {
                _at++;
                continue;
            }

            return value.ToString();
        }
    }

    private string Quoted(int entryStart)
    {
        var open = _at++;
        var depth = 0;
        for (; _at < _text.Length; _at++)
        {
            var c = _text[_at];
            if (IsEntryLine(_at))
            {
                break;
            }

            if (c == '\\')
            {
                _at++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    break; // the entry's end inside an open quote: reported below
                }

                depth--;
            }
            else if (c == '"' && depth == 0)
            {
                _at++;
                return _text[(open + 1)..(_at - 1)];
            }
        }

        throw Error(open, "this quoted value is never closed with '\"'", entryStart);
    }

    // Moves past the matching close of a group whose opening character is just before _at.
    private void SkipBalanced(int entryStart, char close)
    {
        var depth = 0;
        for (; _at < _text.Length; _at++)
        {
            if (IsEntryLine(_at))
            {
                break;
            }

            var c = _text[_at];
            if (c == '\\')
            {
                _at++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == close && depth == 0)
            {
                _at++;
                return;
            }
            else if (c == '}')
            {
                depth--;
                if (depth < 0)
                {
                    break;
                }
            }
        }

        throw Unclosed(entryStart);
    }

    // A line whose first non-space character is '@' starts the next entry: a value never runs across it.
    private bool IsEntryLine(int at)
    {
        if (_text[at] != '\n')
        {
            return false;
        }

        var next = at + 1;
        while (next < _text.Length && _text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }

        return next < _text.Length && _text[next] == '@';
    }

    private void Expect(char expected, int entryStart, string what, string? after = null)
    {
        if (_at < _text.Length && _text[_at] == expected)
        {
            _at++;
            return;
        }

        if (_at >= _text.Length || IsEntryLine(Math.Max(_at - 1, 0)) || _text[_at] == '@')
        {
            throw Unclosed(entryStart);
        }

        var place = after is null ? "" : $" after {after}";
        throw Error(_at, $"'{expected}' was expected{place} in {what}, not {Shown(_at)}", entryStart);
    }

    private string Identifier()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or ':' or '.' or '+' or '/'))
        {
            _at++;
        }

        return _text[start.._at];
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private string Shown(int at) => at >= _text.Length ? "the end of the file" : char.IsWhiteSpace(_text[at]) ? "a space" : $"'{_text[at]}'";

    private SyntaxError Unclosed(int entryStart)
    {
        var open = _text.IndexOfAny(['{', '('], entryStart);
        var header = open < 0 ? "" : _text[entryStart..Math.Min(open + 1 + 40, _text.Length)].Split('\n', ',')[0];
        return new SyntaxError(entryStart, $"the entry {header} is never closed: a '}}' is missing before the next entry or the end of the file",
            ResumePoint(entryStart));
    }

    private SyntaxError Error(int at, string message, int entryStart) => new(at, message, ResumePoint(entryStart));

    // Reading goes on at the first line after the broken entry's first line that starts with '@': no value runs
    // across such a line, so the broken entry ends before it. The scan covers what the entry's reading covered.
    private int ResumePoint(int entryStart)
    {
        for (var newline = _text.IndexOf('\n', entryStart); newline >= 0; newline = _text.IndexOf('\n', newline + 1))
        {
            if (IsEntryLine(newline))
            {
                return newline + 1;
            }
        }

        return _text.Length;
    }

    // Each macro is expanded where it is used, so "@string{a = a # a}" repeated doubles the text each time: the
    // expansions of a file together may not exceed a few times its size.
    private void Expand(StringBuilder value, string expansion, int at)
    {
        _expansionBudget -= expansion.Length;
        if (_expansionBudget >= 0)
        {
            value.Append(expansion);
            return;
        }

        if (!_overBudget)
        {
            _overBudget = true;
            Report(at,
                "the @string macros of this file expand to far more text than the file holds (a macro defined through itself, over and over?); define each macro once with its text");
        }
    }

    private SourceSpan SpanAt(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(_path, line + 1, offset - _lineStarts[line] + 1);
    }

    private sealed class SyntaxError(int at, string message, int resumeAt) : Exception(message)
    {
        public int At { get; } = at;
        public int ResumeAt { get; } = resumeAt;
    }
}

using BriefingGen.Diagnostics;

namespace BriefingGen.Parsing;

/// <summary>Splits a page into its front matter (YAML between <c>---</c> lines) and its Markdown body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The two parts; <paramref name="YamlLineOffset"/> and <paramref name="BodyLineOffset"/> are the lines before each.</summary>
    public sealed record Parts(string Yaml, int YamlLineOffset, string Body, int BodyLineOffset);

    public static Parts? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceSpan.File(path),
                "the page is empty; start it with front matter: '---', 'title: ...', '---'");
            return null;
        }

        var lines = new LineReader(text);
        if (!lines.Next(out var first, out _) || !IsFence(first))
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceSpan(path, 1, 1),
                "a page must start with front matter: a '---' line, 'title: ...', and a closing '---' line");
            return null;
        }

        var yamlStart = lines.Position;
        var lineNumber = 1;
        while (lines.Next(out var line, out var lineStart))
        {
            lineNumber++;
            if (IsFence(line) || line.TrimEnd().SequenceEqual("..."))
            {
                var yaml = text[yamlStart..lineStart];
                var body = text[lines.Position..];
                return new Parts(yaml, 1, body, lineNumber);
            }
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new SourceSpan(path, 1, 1),
            "the front matter opened on line 1 is never closed; add a '---' line after its last field");
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    /// <summary>Walks lines of text, handling '\n' and '\r\n'.</summary>
    private ref struct LineReader(string text)
    {
        private readonly string _text = text;

        public int Position { get; private set; }

        public bool Next(out ReadOnlySpan<char> line, out int start)
        {
            start = Position;
            if (Position >= _text.Length)
            {
                line = default;
                return false;
            }

            var end = _text.IndexOf('\n', Position);
            if (end < 0)
            {
                line = _text.AsSpan(Position);
                Position = _text.Length;
            }
            else
            {
                line = _text.AsSpan(Position, end - Position);
                Position = end + 1;
            }

            line = line.TrimEnd('\r');
            return true;
        }
    }
}

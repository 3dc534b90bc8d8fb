using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Yaml;

/// <summary>Reads YAML text into YamlDotNet's node tree, reporting syntax errors at their place in the file.</summary>
public static class YamlText
{
    /// <summary>
    /// Passes events through to YamlDotNet's tree builder, counting nesting and aliases as they go: the builder
    /// recurses (deep nesting would overflow the stack) and aliases of aliases can stand for exponentially many nodes.
    /// </summary>
    private sealed class LimitingParser(IParser inner) : IParser
    {
        // For each open mapping or sequence: is it a mapping, and is its next node a key?
        private readonly Stack<(bool IsMapping, bool ExpectKey)> _open = new();
        private int _aliases;

        public ParsingEvent? Current => inner.Current;

        public Mark LastMark { get; private set; } = Mark.Empty;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            var current = inner.Current!;
            LastMark = current.End;
            switch (current)
            {
                case AnchorAlias when ++_aliases > MaxAliases:
                    throw new YamlLimitException(current.Start, $"more than {MaxAliases} YAML aliases (*name); this looks like an alias bomb");
                case Scalar:
                    NodeStarts(current, complex: false);
                    NodeEnds();
                    break;
                case AnchorAlias:
                    NodeStarts(current, complex: true);
                    NodeEnds();
                    break;
                case MappingStart or SequenceStart:
                    NodeStarts(current, complex: true);
                    if (_open.Count >= MaxDepth)
                    {
                        throw new YamlLimitException(current.Start, $"YAML nested more than {MaxDepth} levels deep");
                    }

                    _open.Push((current is MappingStart, true));
                    break;
                case MappingEnd or SequenceEnd when _open.Count > 0:
                    _open.Pop();
                    NodeEnds();
                    break;
            }

            return true;
        }

        // A list, a mapping or an alias as a mapping key ("? [a, b]: v", "? *x: v") is refused: nothing in BriefingGen's
        // schemas needs one, and the tree builder hashes such keys recursively, so an alias there can take minutes.
        private void NodeStarts(ParsingEvent node, bool complex)
        {
            if (complex && _open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectKey)
            {
                throw new YamlLimitException(node.Start, "a mapping key must be plain text, not a list, a mapping or an alias");
            }
        }

        private void NodeEnds()
        {
            if (_open.TryPop(out var parent))
            {
                _open.Push(parent.IsMapping ? (true, !parent.ExpectKey) : parent);
            }
        }
    }

    private sealed class YamlLimitException(Mark at, string message) : Exception(message)
    {
        public Mark At { get; } = at;
    }

    /// <summary>Deeper nesting than this is refused before the tree is built (the tree builder recurses).</summary>
    public const int MaxDepth = 64;

    /// <summary>More alias uses than this is refused: a document of aliases of aliases can expand exponentially.</summary>
    public const int MaxAliases = 1000;

    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="lineOffset"/> is added to every line so that
    /// front matter reports lines of the whole file. Returns null (with a diagnostic) when the text is not YAML.
    /// An empty document gives an empty mapping.
    /// </summary>
    public static YamlNode? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            var protect = NeedsProtection(text);
            var parser = new LimitingParser(new Parser(new StringReader(protect ? Protect(text) : text)));
            try
            {
                stream.Load(parser);
            }
            catch (YamlLimitException limit)
            {
                diagnostics.Error(DiagnosticCodes.YamlTooComplex, Span(path, lineOffset, limit.At), limit.Message);
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // YamlDotNet fails this way on some malformed input instead of raising a syntax error.
                diagnostics.Error(DiagnosticCodes.YamlSyntax, Span(path, lineOffset, parser.LastMark),
                    "YAML syntax: the document is malformed here (an unclosed '{' or '[', or a key without a value?)");
                return null;
            }

            if (stream.Documents.Count == 0)
            {
                return new YamlMappingNode();
            }

            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                diagnostics.Error(DiagnosticCodes.YamlSyntax, Span(path, lineOffset, second),
                    "more than one YAML document (a second '---' line); keep one document per file");
                return null;
            }

            return protect ? Restore(stream.Documents[0].RootNode) : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            // "While scanning X, found Y" errors start at X; the problem is where they end.
            var at = e.Message.Contains("while scanning", StringComparison.OrdinalIgnoreCase) ? e.End : e.Start;
            var span = Span(path, lineOffset, at);
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(text) is { } tabLine)
            {
                span = new SourceSpan(path, tabLine + lineOffset, 1);
            }

            diagnostics.Error(DiagnosticCodes.YamlSyntax, span, Describe(e));
            return null;
        }
    }

    // YamlDotNet reads U+0085, U+2028 and U+2029 as line breaks (as YAML 1.1 says), which no editor shows as one: a
    // value holding one then fails with a false syntax error at a wrong line. They are parsed as stand-ins (Unicode
    // noncharacters, one for one, so columns stay right) and put back in the values afterwards.
    private const string Breaks = "\u0085\u2028\u2029";
    private const string StandIns = "\uFDD0\uFDD1\uFDD2";

    private static bool NeedsProtection(string text) => text.AsSpan().IndexOfAny(Breaks) >= 0 && text.AsSpan().IndexOfAny(StandIns) < 0;

    private static string Protect(string text) =>
        text.Replace(Breaks[0], StandIns[0]).Replace(Breaks[1], StandIns[1]).Replace(Breaks[2], StandIns[2]);

    // Each distinct node once: an alias shares its node, so one replacement restores every use of it.
    private static YamlNode Restore(YamlNode root)
    {
        foreach (var node in YamlNodes.Distinct(root))
        {
            if (node is YamlScalarNode { Value: { } value } scalar && value.AsSpan().IndexOfAny(StandIns) >= 0)
            {
                scalar.Value = value.Replace(StandIns[0], Breaks[0]).Replace(StandIns[1], Breaks[1]).Replace(StandIns[2], Breaks[2]);
            }
        }

        return root;
    }

    // YamlDotNet places tab errors at the enclosing mapping; the editor needs the line with the tab.
    private static int? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indent].Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    public static SourceSpan Span(string path, int lineOffset, Mark mark) =>
        new(path, (int)mark.Line + lineOffset, (int)mark.Column);

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is already in the span.
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0)
        {
            message = message[(marker + 3)..];
        }

        message = message.TrimEnd('.');
        return $"YAML syntax: {char.ToLowerInvariant(message[0])}{message[1..]}";
    }
}

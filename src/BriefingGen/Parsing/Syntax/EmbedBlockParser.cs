using Markdig.Helpers;
using Markdig.Parsers;

namespace BriefingGen.Parsing.Syntax;

/// <summary>Parses an embed line, <c>{{&lt; KIND ID &gt;}}</c>, with options after the id: <c>{{&lt; grid change-grid cases=off &gt;}}</c>.</summary>
public sealed class EmbedBlockParser : BlockParser
{
    public EmbedBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var written = line.ToString();
        var text = written.Trim();
        if (!text.StartsWith("{{<", StringComparison.Ordinal) || !text.EndsWith(">}}", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        // Each word with where it starts in the line: options are reported at their own column.
        var inner = written.IndexOf("{{<", StringComparison.Ordinal) + 3;
        var words = new List<(string Word, int At)>();
        var body = text[3..^3];
        for (var i = 0; i < body.Length;)
        {
            if (body[i] == ' ' || body[i] == '\t')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < body.Length && body[i] != ' ' && body[i] != '\t')
            {
                i++;
            }

            words.Add((body[start..i], inner + start));
        }

        var options = words.Skip(1).Where(w => w.Word.Contains('=')).Select(w => Option(w.Word, processor.Column + w.At)).ToList();
        var id = words.Skip(1).Where(w => !w.Word.Contains('=')).Select(w => w.Word);
        processor.NewBlocks.Push(new EmbedBlock(this)
        {
            Kind = words.Count > 0 ? words[0].Word : "",
            Id = string.Join(' ', id),
            Options = options,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new Markdig.Syntax.SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }

    private static EmbedOption Option(string word, int column)
    {
        var equals = word.IndexOf('=');
        return new EmbedOption(word[..equals], word[(equals + 1)..].Trim('"', '\''), column);
    }
}

using Markdig.Helpers;
using Markdig.Parsers;

namespace BriefingGen.Parsing.Syntax;

/// <summary>Parses an embed line, <c>{{&lt; KIND ID &gt;}}</c>.</summary>
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
        var text = line.ToString().Trim();
        if (!text.StartsWith("{{<", StringComparison.Ordinal) || !text.EndsWith(">}}", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var words = text[3..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        processor.NewBlocks.Push(new EmbedBlock(this)
        {
            Kind = words.Length > 0 ? words[0] : "",
            Id = words.Length > 1 ? string.Join(' ', words[1..]) : "",
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new Markdig.Syntax.SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}

using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Parsing.Syntax;

/// <summary><c>{{&lt; grid change-grid &gt;}}</c> on a line of its own: a data item shown in the page.</summary>
public sealed class EmbedBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string Kind { get; init; }
    public required string Id { get; init; }
}

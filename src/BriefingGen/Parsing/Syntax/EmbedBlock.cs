using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingGen.Parsing.Syntax;

/// <summary><c>{{&lt; grid change-grid &gt;}}</c> on a line of its own: a data item shown in the page, with any options (<c>cases=off</c>).</summary>
public sealed class EmbedBlock(BlockParser parser) : LeafBlock(parser)
{
    public required string Kind { get; init; }
    public required string Id { get; init; }

    /// <summary>The <c>name=value</c> words after the id, in the order written.</summary>
    public IReadOnlyList<EmbedOption> Options { get; init; } = [];

    /// <summary>Whether the option <paramref name="name"/> is on: written <c>on</c>, or not written at all.</summary>
    public bool IsOn(string name) => Options.LastOrDefault(o => o.Name == name) is not { } option || option.Value != EmbedOption.Off;
}

/// <summary>An option of an embed, <c>name=value</c>, with its zero-based column in the line (for a message about it).</summary>
public sealed record EmbedOption(string Name, string Value, int Column)
{
    public const string On = "on";
    public const string Off = "off";
}

using Markdig.Syntax.Inlines;

namespace BriefingGen.Parsing.Syntax;

/// <summary><c>[[habitus]]</c> or <c>[[core-economy|the core economy]]</c>: a link to a term's entry.</summary>
public sealed class TermLinkInline : LeafInline
{
    public required string Target { get; init; }

    /// <summary>The text shown, when it differs from the term's name.</summary>
    public string? Label { get; init; }
}

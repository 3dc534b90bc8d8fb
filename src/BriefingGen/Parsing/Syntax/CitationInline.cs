using Markdig.Syntax.Inlines;

namespace BriefingGen.Parsing.Syntax;

/// <summary>A pandoc citation: <c>[@a, p. 12; @b]</c> (parenthetical) or <c>@a</c> (narrative).</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>True for <c>[...]</c> citations, shown in parentheses; false for narrative <c>@key</c>.</summary>
    public bool Parenthetical { get; init; }
}

/// <summary>One cited work inside a citation: its key, text before it, its locator (<c>p. 12</c>) and whether the author is left out (<c>-@key</c>).</summary>
public sealed record CitationItem(string Key, string Prefix, string Locator, bool SuppressAuthor, int Line, int Column);

using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Items;

/// <summary>What every data item has, whatever its kind: an id, where it is written, a title for lists, and its source.</summary>
public interface IDataItem
{
    string Id { get; }

    /// <summary>The title an index page and the item's own page show.</summary>
    string Title { get; }

    /// <summary>The Markdown an index page shows under the title.</summary>
    string? Description => null;

    /// <summary>The references the item is drawn from (<c>source</c>: one id or a list), each where it is written, so that an unknown one is reported at its value.</summary>
    IReadOnlyList<Located<string>> Sources => [];

    SourceSpan Span { get; }
}

/// <summary>A Markdown text of a data item, with where an unknown term or citation in it is reported.</summary>
public readonly record struct ItemText(string? Text, SourceSpan Span);

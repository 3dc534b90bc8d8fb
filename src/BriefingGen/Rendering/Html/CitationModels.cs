using BriefingGen.Model;

namespace BriefingGen.Rendering;

// The typed models of the citation templates: the text is formatted in C# (CitationFormatter), the markup is the theme's.

/// <summary>
/// A reference-list entry's formatted parts, the variables of <c>items/bibliography-entry.html</c>: names (with
/// <c>editors_mark</c> when they are editors), year, title (quoted when the work is part of a container), the container
/// (with <c>within</c>, "in" and its editors, for a chapter), collection, volume and issue, pages, publisher, note and a link.
/// </summary>
public sealed record ReferenceEntryModel(
    Reference Reference,
    string? Names,
    string? EditorsMark,
    string Year,
    bool IsPart,
    string Title,
    string? Within,
    string? Container,
    string? Collection,
    string? Numbering,
    string? Pages,
    string? Publisher,
    string? Note,
    EntryLink? Link)
{
    /// <summary>The full stop after the title block, empty when its last text ends with '.', '?' or '!'.</summary>
    public string TitleStop { get; init; } = ".";

    /// <summary>The edition as author-date writes it ("2nd edn"), or null.</summary>
    public string? Edition { get; init; }

    /// <summary>"Translated by L. Jansen", or null.</summary>
    public string? Translated { get; init; }

    public string PublisherStop { get; init; } = ".";

    public string NoteStop { get; init; } = ".";
}

/// <summary>A reference's address: the words before it (null for a DOI), the href and the text shown ("doi:10.1/x" or the address).</summary>
public sealed record EntryLink(string? Lead, string Href, string Text)
{
    /// <summary>"(Accessed: 3 March 2024)" after a web address read on a known date, or null.</summary>
    public string? Accessed { get; init; }
}

/// <summary>
/// One work of a citation, an entry of <c>items</c> in <c>items/citation.html</c>: its key, the reference (null when no
/// work has the key), the prefix and locator as written, whether the author is left out, and the link and formatted text.
/// </summary>
public sealed record CitedWorkModel(string Key, Reference? Reference, string Prefix, string Locator, bool SuppressAuthor, string? Link, string? Text);

using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Parsing;

/// <summary>The fields of a page's front matter, as written (references to data are ids, resolved by the model).</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public Located<string>? Slug { get; init; }
    public string? Summary { get; init; }
    /// <summary>The page's date at the precision written (a year, a month or a day).</summary>
    public WrittenDate? WrittenDate { get; init; }

    /// <summary>The first day of the page's date, for sorting.</summary>
    public DateOnly? Date => WrittenDate?.FirstDay;

    /// <summary>When the page was last revised, if the editor says so (the <c>updated</c> key), at the precision written.</summary>
    public WrittenDate? Updated { get; init; }
    public IReadOnlyList<Author> Authors { get; init; } = [];
    public bool Draft { get; init; }
    public Located<string>? Layout { get; init; }
    public Located<string>? Kind { get; init; }
    public long? Weight { get; init; }

    public string? Place { get; init; }
    public string? Region { get; init; }
    public string? Period { get; init; }
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<ActorEntry> Actors { get; init; } = [];
    public IReadOnlyList<Located<string>> Themes { get; init; } = [];
    public IReadOnlyList<Located<string>> References { get; init; } = [];
    public IReadOnlyList<Located<string>> Related { get; init; } = [];
    public IReadOnlyList<PlacementEntry> Placements { get; init; } = [];
    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];
    public IReadOnlyList<FactEntry> Facts { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>
    /// Every text of the front matter that is inline Markdown (the summary, actors' roles and affiliations, placement reasons, evidence
    /// notes, facts' values, timeline events, questions), where it is written: its term links and citations are checked
    /// and counted as the page's uses.
    /// </summary>
    public IReadOnlyList<Located<string>> MarkdownTexts { get; init; } = [];
}

/// <summary>A person or group in a case, under the name the source uses: their role and affiliation (inline Markdown, either may be empty).</summary>
public sealed record ActorEntry(string Name, string Role)
{
    public string Affiliation { get; init; } = "";
}

/// <summary>A page's claim to sit in one cell of a grid, as written: grid id, <c>row/column</c>, and why.</summary>
public sealed record PlacementEntry(Located<string> Grid, Located<string> Cell, string Reason, string Judgement, SourceSpan Span);

/// <summary>A page's claim to give evidence for a benefit/risk item (<c>table/item</c>).</summary>
public sealed record EvidenceEntry(Located<string> Item, string Note);

/// <summary>A key fact: a label and its value, and the references it is taken from (one or a list), each where it is written.</summary>
public sealed record FactEntry(string Label, string Value)
{
    public IReadOnlyList<Located<string>> Sources { get; init; } = [];
}

/// <summary>A dated event in a case's timeline (the date as the source gives it).</summary>
public sealed record TimelineEntry(string Date, string Event);

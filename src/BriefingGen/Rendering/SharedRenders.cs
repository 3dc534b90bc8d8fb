using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>What the pages of one build render alike, rendered once for all of them: data texts without links, term links, citations or HTML.</summary>
public sealed class SharedRenders
{
    /// <summary>Each plain data text's HTML, by its Markdown.</summary>
    public ConcurrentDictionary<string, string> PlainTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Each work's reference-list entry, formatted once: every page that cites a work lists it, and it depends on the work alone.</summary>
    public ConditionalWeakTable<Reference, ReferenceEntryModel> ReferenceEntries { get; } = new();

    /// <summary>The pages placed on each grid, grouped by cell, by the list of the grid's placements.</summary>
    internal ConditionalWeakTable<IReadOnlyList<Placement>, GridPlacements> GridPlacements { get; } = new();
}

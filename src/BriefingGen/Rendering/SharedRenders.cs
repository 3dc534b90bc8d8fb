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

    /// <summary>
    /// Item templates' output for a value (a work's entry, say), when the template reads nothing but it
    /// (<see cref="ThemeTemplates.RenderOnce"/>): by template, variable and value (the template and value compared by identity).
    /// </summary>
    internal ConcurrentDictionary<(Scriban.Template Template, string Variable, object Value), RawHtml> ItemTexts { get; } = new(ByIdentity.Instance);

    /// <summary>The pages placed on each grid, grouped by cell, by the list of the grid's placements.</summary>
    internal ConditionalWeakTable<IReadOnlyList<Placement>, GridPlacements> GridPlacements { get; } = new();

    private sealed class ByIdentity : IEqualityComparer<(Scriban.Template Template, string Variable, object Value)>
    {
        public static readonly ByIdentity Instance = new();

        public bool Equals((Scriban.Template Template, string Variable, object Value) x, (Scriban.Template Template, string Variable, object Value) y) =>
            ReferenceEquals(x.Template, y.Template) && x.Variable == y.Variable && ReferenceEquals(x.Value, y.Value);

        public int GetHashCode((Scriban.Template Template, string Variable, object Value) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Template), key.Variable, RuntimeHelpers.GetHashCode(key.Value));
    }
}

using System.Collections.Concurrent;

namespace BriefingGen.Rendering;

/// <summary>What the pages of one build render alike, rendered once for all of them: data texts without links, term links, citations or HTML.</summary>
public sealed class SharedRenders
{
    /// <summary>Each plain data text's HTML, by its Markdown.</summary>
    public ConcurrentDictionary<string, string> PlainTexts { get; } = new(StringComparer.Ordinal);
}

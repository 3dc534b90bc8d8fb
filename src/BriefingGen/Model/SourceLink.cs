using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// A link written in a page's Markdown, with the file it leads to (null: the page itself, for <c>#fragment</c>) and
/// where it is written, so that the link check can report a broken one at its line rather than at the page.
/// </summary>
public sealed record SourceLink(string Written, string? TargetFile, string? Fragment, SourceSpan Span)
{
    /// <summary>The link climbs above the site's root: reported by the model at its line, so not again by the link check.</summary>
    public bool LeavesSite { get; init; }
}

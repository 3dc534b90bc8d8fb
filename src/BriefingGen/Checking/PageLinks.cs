namespace BriefingGen.Checking;

/// <summary>What the link check needs of a page: the ids it has and its internal links, each resolved to the file it leads to.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);

/// <summary>
/// A link as written in the page's HTML, the output file it leads to (null when it climbs out of the site) and its
/// decoded fragment.
/// </summary>
public sealed record PageLink(string Url, string? Target, string? Fragment);

/// <summary>A link the check found broken, with the diagnostic code that says how.</summary>
public sealed record BrokenLink(PageLink Link, string Code);

namespace BriefingGen.Checking;

/// <summary>What the link check needs of a page: the ids it has and the URLs it links to.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Urls);

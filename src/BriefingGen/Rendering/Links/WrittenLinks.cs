namespace BriefingGen.Rendering.Links;

/// <summary>
/// The ids of a page's elements and the URLs of its links, stylesheets and images, as its HTML holds them (attribute
/// values decoded, in the order the page writes them), before they are resolved to files.
/// </summary>
public sealed record WrittenLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Urls)
{
    /// <summary>What a page without markup (a citation file) holds.</summary>
    public static WrittenLinks None { get; } = new(new HashSet<string>(), []);
}

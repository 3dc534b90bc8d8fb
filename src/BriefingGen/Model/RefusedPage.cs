namespace BriefingGen.Model;

/// <summary>A page file that was read but refused for errors already reported, and the URL it would have had.</summary>
public sealed record RefusedPage(string SourcePath, string Url)
{
    /// <summary>Whether a page named by URL, section/slug or slug (as <c>related</c> and packs name pages) was refused.</summary>
    public static bool IsNamed(IReadOnlyList<RefusedPage> refused, string value)
    {
        var key = value.Trim().Trim('/');
        return refused.Any(r => r.Url == key + "/" || r.Url.TrimEnd('/').Split('/')[^1] == key);
    }
}

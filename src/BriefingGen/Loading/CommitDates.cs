using BriefingGen.Yaml;

namespace BriefingGen.Loading;

/// <summary>
/// The day of the last commit that touched each content file (by its path from the site root), as git's history
/// gives it: a page's "Updated" date when its front matter says none. Empty outside a git work tree.
/// </summary>
public sealed record CommitDates(IReadOnlyDictionary<string, WrittenDate> ByPath)
{
    public static CommitDates None { get; } = new(new Dictionary<string, WrittenDate>(StringComparer.Ordinal));

    /// <summary>The day of the last commit of the file, or null when no commit has it (not in git, or not yet committed).</summary>
    public WrittenDate? LastCommitted(string sourcePath) => ByPath.TryGetValue(sourcePath, out var date) ? date : null;
}

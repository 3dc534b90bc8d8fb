using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Snapshots;

/// <summary>A site folder built once into a temporary output folder, shared by the snapshot tests of one class.</summary>
public sealed class BuiltSite
{
    public BuiltSite(string source)
    {
        Output = Path.Combine(Path.GetTempPath(), "bg-snapshot-" + Guid.NewGuid().ToString("N")[..12]);
        TemporaryFolder.DeleteAtExit(Output);
        // Without git's dates: the sites are in this repository, and a snapshot must not change with every commit.
        Result = SiteBuilder.Build(new BuildOptions { Source = source, Output = Output, Strict = true, Search = false, CommitDates = false });
        Files = Result.Succeeded
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("assets/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public static BuiltSite SmallSite { get; } = new(Repository.Path("tests", "fixtures", "small-site"));

    public static BuiltSite BundledSite { get; } = new(Repository.Root);

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>The files pinned as text: all but the social cards, PNG pictures whose bytes SocialCardTests holds.</summary>
    public IReadOnlyList<string> TextFiles => Files.Where(f => !f.EndsWith(BriefingGen.Rendering.Cards.SocialCard.FileName, StringComparison.Ordinal)).ToList();

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <summary>A scenario name for ApprovalTests: the output path with separators made safe for a file name.</summary>
    public static string Scenario(string path) => path.Replace('/', '_').Replace(".html", "", StringComparison.Ordinal);
}

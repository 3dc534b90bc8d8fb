using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>The pipeline's stages depend one way: a stage's files use only earlier stages.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Foundation = ["Diagnostics", "Yaml", "Files"];
    private static readonly string[] Stages = ["Config", "Loading", "Parsing", "Model", "Rendering", "Checking", "Writing", "Indexing", "Printing"];

    [Fact]
    public void Each_stage_uses_only_earlier_stages()
    {
        var source = Repository.Path("src", "BriefingGen");
        var problems = new List<string>();
        foreach (var (stage, index) in Stages.Select((s, i) => (s, i)))
        {
            var folder = Path.Combine(source, stage);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            var later = Stages.Skip(index + 1).ToHashSet();
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in UsingPattern().Matches(File.ReadAllText(file)))
                {
                    if (later.Contains(match.Groups[1].Value))
                    {
                        problems.Add($"{Path.GetRelativePath(source, file)} uses the later stage {match.Groups[1].Value}");
                    }
                }
            }
        }

        foreach (var foundation in Foundation)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, foundation), "*.cs"))
            {
                foreach (Match match in UsingPattern().Matches(File.ReadAllText(file)))
                {
                    if (Stages.Contains(match.Groups[1].Value))
                    {
                        problems.Add($"{Path.GetRelativePath(source, file)} (shared foundation) uses the stage {match.Groups[1].Value}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"BriefingGen\.(\w+)")]
    private static partial Regex UsingPattern();
}

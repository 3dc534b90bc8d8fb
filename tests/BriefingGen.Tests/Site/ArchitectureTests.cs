using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>The pipeline's stages depend one way: a stage's files use only earlier stages.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Foundation = ["Diagnostics", "Yaml", "Files", "Urls"];
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

/// <summary>
/// The same rule read from the compiled assembly rather than from <c>using</c> lines: a stage's types use only the
/// shared foundation and earlier stages, never a later stage nor the orchestration and serve layer (the root
/// namespace: <c>SiteBuilder</c>, <c>IncrementalBuilder</c> and what serve keeps).
/// </summary>
public sealed class CompiledArchitectureTests
{
    private static readonly string[] Foundation = ["Diagnostics", "Yaml", "Files", "Urls"];
    private static readonly string[] Stages = ["Config", "Loading", "Parsing", "Model", "Rendering", "Checking", "Writing", "Indexing", "Printing"];

    /// <summary>
    /// Uses of the serve layer that stages still make (serve's caches reach into their signatures): the architecture
    /// issue removes them. The list may only shrink: a new use fails, and so does one that is gone but still listed.
    /// </summary>
    private static readonly string[] Known =
    [
        "BriefingGen.Checking -> BriefingGen",
        "BriefingGen.Rendering -> BriefingGen",
        "BriefingGen.Writing -> BriefingGen",
    ];

    [Fact]
    public void No_stage_uses_a_later_stage_or_the_serve_layer_in_its_compiled_code()
    {
        var uses = CompiledDependencies.Of(typeof(SiteBuilder).Assembly.Location);
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((user, used), type) in uses)
        {
            var userStage = StageOf(user);
            if (userStage is null || Foundation.Contains(userStage) && StageOf(used) is { } s && !Foundation.Contains(s))
            {
                if (userStage is not null)
                {
                    found[$"{user} -> {used}"] = type;
                }

                continue;
            }

            var index = Array.IndexOf(Stages, userStage);
            var usedStage = StageOf(used);
            if (index < 0 || usedStage is null)
            {
                continue;
            }

            if (usedStage == "" || (Array.IndexOf(Stages, usedStage) is var usedIndex && usedIndex > index))
            {
                found[$"{user} -> {used}"] = type;
            }
        }

        var newUses = found.Where(f => !Known.Contains(f.Key)).Select(f => $"{f.Key} (in {f.Value}, for one)").ToList();
        var gone = Known.Where(k => !found.ContainsKey(k)).ToList();
        Assert.True(newUses.Count == 0 && gone.Count == 0,
            $"new uses against the pipeline's direction:\n  {string.Join("\n  ", newUses)}\nlisted but gone (delete them from the list):\n  {string.Join("\n  ", gone)}");
    }

    [Fact]
    public void The_compiled_reading_sees_what_a_stage_uses()
    {
        var uses = CompiledDependencies.Of(typeof(SiteBuilder).Assembly.Location);

        Assert.Contains(("BriefingGen.Rendering", "BriefingGen.Model"), uses.Keys);
        Assert.Contains(("BriefingGen", "BriefingGen.Writing"), uses.Keys); // the orchestrator calls every stage
        Assert.DoesNotContain(("BriefingGen.Model", "BriefingGen.Rendering"), uses.Keys);
    }

    // "Model" for BriefingGen.Model.Language, "" for the root namespace, null for other assemblies' or other folders'.
    private static string? StageOf(string ns)
    {
        if (ns == "BriefingGen")
        {
            return "";
        }

        if (!ns.StartsWith("BriefingGen.", StringComparison.Ordinal))
        {
            return null;
        }

        var first = ns["BriefingGen.".Length..].Split('.')[0];
        return Stages.Contains(first) || Foundation.Contains(first) ? first : null;
    }
}

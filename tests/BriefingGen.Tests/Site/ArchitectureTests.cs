using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>
/// The pipeline's stages depend one way: a stage's files use only earlier stages, never what serve keeps between
/// builds (Incremental) nor the pipeline that calls them.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Foundation = ["Diagnostics", "Yaml", "Files", "Urls"];
    private static readonly string[] Stages = ["Config", "Loading", "Parsing", "Model", "Rendering", "Checking", "Writing", "Indexing", "Printing", "Incremental", "Pipeline"];

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
/// shared foundation and earlier stages; what serve keeps between builds (<c>BriefingGen.Incremental</c>) uses only
/// the stages; the pipeline (<c>BriefingGen.Pipeline</c>) uses both; and only the builders in the root namespace,
/// which the command line and the tests call, use the pipeline.
/// </summary>
public sealed class CompiledArchitectureTests
{
    private static readonly string[] Foundation = ["Diagnostics", "Yaml", "Files", "Urls"];

    // In order: a layer may use only those before it ("" is the root namespace).
    private static readonly string[] Layers =
        ["Config", "Loading", "Parsing", "Model", "Rendering", "Checking", "Writing", "Indexing", "Printing", "Incremental", "Pipeline", ""];

    [Fact]
    public void No_stage_uses_a_later_stage_or_the_incremental_or_pipeline_layer_in_its_compiled_code()
    {
        var uses = CompiledDependencies.Read(typeof(SiteBuilder).Assembly.Location);
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ((user, used), type) in uses)
        {
            var (userLayer, usedLayer) = (LayerOf(user), LayerOf(used));
            if (userLayer is null || usedLayer is null)
            {
                continue;
            }

            var backwards = Foundation.Contains(userLayer)
                ? !Foundation.Contains(usedLayer)
                : !Foundation.Contains(usedLayer) && Array.IndexOf(Layers, usedLayer) > Array.IndexOf(Layers, userLayer);
            if (backwards)
            {
                found[$"{user} -> {used}"] = type;
            }
        }

        Assert.True(found.Count == 0, $"uses against the pipeline's direction:\n  {string.Join("\n  ", found.Select(f => $"{f.Key} (in {f.Value}, for one)"))}");
    }

    [Fact]
    public void The_compiled_reading_sees_what_a_stage_uses()
    {
        var uses = CompiledDependencies.Read(typeof(SiteBuilder).Assembly.Location);

        Assert.Contains(("BriefingGen.Rendering", "BriefingGen.Model"), uses.Keys);
        Assert.Contains(("BriefingGen.Pipeline", "BriefingGen.Writing"), uses.Keys); // the pipeline calls every stage
        Assert.DoesNotContain(("BriefingGen.Model", "BriefingGen.Rendering"), uses.Keys);
    }

    // "Model" for BriefingGen.Model.Language, "" for the root namespace, null for other assemblies' or other folders'.
    private static string? LayerOf(string ns)
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
        return Layers.Contains(first) || Foundation.Contains(first) ? first : null;
    }
}

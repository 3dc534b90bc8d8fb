using BriefingGen.Scaffolding;
using BriefingGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Tests.Cli;

/// <summary>A forum gets its site built on every push and published from main by running <c>init --ci</c> (issue 24).</summary>
public sealed class CiWorkflowTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Init_with_github_writes_a_workflow_that_checks_every_push_and_publishes_main_to_pages()
    {
        using var site = NewFolder();
        Assert.Null(SiteTemplate.Init(site.Path, Today, "github"));

        var workflow = ReadYaml(Path.Combine(site.Path, ".github", "workflows", "briefinggen.yml"));
        var on = (YamlMappingNode)workflow["on"];
        Assert.True(on.Children.ContainsKey("push"));
        Assert.True(on.Children.ContainsKey("pull_request"));

        var jobs = (YamlMappingNode)workflow["jobs"];
        var build = Steps(jobs["build"]);
        Assert.Contains(build, step => Uses(step) == "actions/setup-dotnet@v4");
        // The whole history, so that pages are dated by their files' last commits.
        Assert.Contains(build, step => Uses(step) == "actions/checkout@v4" && Scalar(step["with"]["fetch-depth"]) == "0");
        Assert.Contains(build, step => Run(step).Contains("dotnet tool install --global BriefingGen.Tool --version \"$BRIEFINGGEN_VERSION\"", StringComparison.Ordinal));
        Assert.Contains(build, step => Run(step).StartsWith("echo \"BRIEFINGGEN_CHROMIUM=$(command -v google-chrome", StringComparison.Ordinal));
        Assert.Contains(build, step => Run(step).StartsWith("briefinggen build --strict --pdf ", StringComparison.Ordinal));
        Assert.Contains(build, step => Uses(step) == "actions/upload-artifact@v4" && Scalar(step["with"]["path"]) == "_site/**/*.pdf");
        Assert.Contains(build, step => Uses(step) == "actions/upload-pages-artifact@v3" && Scalar(step["with"]["path"]) == "_site");

        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/main'", Scalar(deploy["if"]));
        Assert.Contains(Steps(deploy), step => Uses(step) == "actions/deploy-pages@v4");
        Assert.Equal(CiWorkflow.CurrentVersion(), Scalar(workflow["env"]["BRIEFINGGEN_VERSION"]));
    }

    [Fact]
    public void Init_with_gitlab_writes_a_pipeline_whose_pages_job_publishes_public_from_the_default_branch()
    {
        using var site = NewFolder();
        Assert.Null(SiteTemplate.Init(site.Path, Today, "gitlab"));

        var pipeline = ReadYaml(Path.Combine(site.Path, ".gitlab-ci.yml"));
        var setup = Lines(pipeline["default"]["before_script"]);
        Assert.Contains(setup, line => line.Contains("apt-get install", StringComparison.Ordinal) && line.Contains(" chromium ", StringComparison.Ordinal) && line.Contains(" git ", StringComparison.Ordinal));
        Assert.Equal("0", Scalar(pipeline["variables"]["GIT_DEPTH"]));
        Assert.Contains(setup, line => line.Contains("dotnet-install.sh", StringComparison.Ordinal) && line.Contains("--channel 10.0", StringComparison.Ordinal));
        Assert.Contains("dotnet tool install --global BriefingGen.Tool --version \"$BRIEFINGGEN_VERSION\"", setup);

        var pages = pipeline["pages"];
        Assert.Equal("briefinggen build --strict --pdf --base-url \"$CI_PAGES_URL/\" --output public", Assert.Single(Lines(pages["script"])));
        Assert.Equal(["public/"], Lines(pages["artifacts"]["paths"]));
        Assert.Equal("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", Scalar(((YamlSequenceNode)pages["rules"]).Children[0]["if"]));

        var build = pipeline["build"];
        Assert.StartsWith("briefinggen build --strict --pdf ", Assert.Single(Lines(build["script"])));
        Assert.Equal(["_site/**/*.pdf"], Lines(build["artifacts"]["paths"]));
    }

    [Fact]
    public void Init_with_ci_adds_only_the_pipeline_to_an_existing_site_and_never_overwrites_it()
    {
        using var site = NewFolder();
        Assert.Null(SiteTemplate.Init(site.Path, Today));
        File.WriteAllText(Path.Combine(site.Path, "content", "case-studies", "example-case.md"), "---\ntitle: Ours\n---\n");

        Assert.Null(SiteTemplate.Init(site.Path, Today, "gitlab"));

        Assert.True(File.Exists(Path.Combine(site.Path, ".gitlab-ci.yml")));
        Assert.Equal("---\ntitle: Ours\n---\n", File.ReadAllText(Path.Combine(site.Path, "content", "case-studies", "example-case.md")));
        Assert.NotNull(SiteTemplate.Init(site.Path, Today, "gitlab"));
    }

    [Fact]
    public void Init_with_an_unknown_ci_service_is_a_usage_error()
    {
        using var site = NewFolder();
        var (exit, _, stderr) = CommandLineTests.Run("init", site.Path, "--ci", "other");
        Assert.Equal(2, exit);
        Assert.Contains("other", stderr);
        Assert.False(Directory.Exists(site.Path));
    }

    [Fact]
    public void The_command_writes_the_workflow_it_names()
    {
        using var site = NewFolder();
        var (exit, stdout, _) = CommandLineTests.Run("init", site.Path, "--ci", "github");
        Assert.Equal(0, exit);
        Assert.Contains("wrote " + Path.Combine(site.Path, ".github/workflows/briefinggen.yml"), stdout);
        Assert.True(File.Exists(Path.Combine(site.Path, "site.config.yml")));
    }

    private static TemporaryFolder NewFolder() =>
        new(Path.Combine(Path.GetTempPath(), "bg-ci-" + Guid.NewGuid().ToString("N")[..8]));

    private static YamlMappingNode ReadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static IReadOnlyList<YamlMappingNode> Steps(YamlNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Uses(YamlMappingNode step) =>
        step.Children.TryGetValue("uses", out var uses) ? Scalar(uses) : null;

    private static string Run(YamlMappingNode step) =>
        step.Children.TryGetValue("run", out var run) ? Scalar(run) : "";

    private static List<string> Lines(YamlNode sequence) =>
        ((YamlSequenceNode)sequence).Children.Select(Scalar).ToList();

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}

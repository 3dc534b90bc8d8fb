using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Cli;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>
/// The README stays true: its diagnostic table lists every code the generator reports, and every command line in its
/// code blocks is one the tool has (checked against each command's help), run as written (the walk-through), or run by
/// <c>.ci/run</c> (the set-up, pack and install lines). Lines of other programs (docker, bench/run.sh) are not checked.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.Path("README.md"));
    private static readonly string Ci = File.ReadAllText(Repository.Path(".ci", "run"));
    private static readonly string NativeTests = File.ReadAllText(Repository.Path("tests", "BriefingGen.Tests", "Cli", "NativeBuildTests.cs"));

    [Fact]
    public void Readme_lists_every_diagnostic_code_with_its_severity()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        foreach (var (code, severity, _) in DiagnosticCodes.All)
        {
            Assert.Contains($"| {code} | {severity.ToString().ToLowerInvariant()} |", readme);
        }
    }

    [Fact]
    public void Readme_starts_with_the_two_setup_commands_that_ci_runs()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        var ci = File.ReadAllText(Repository.Path(".ci", "run"));
        Assert.Contains("dotnet run --project src/BriefingGen.Cli -- build", readme[..400]);
        Assert.Contains("dotnet test BriefingGen.sln --logger trx --results-directory TestResults", readme[..400]);
        Assert.Contains("\ndotnet test BriefingGen.sln --logger trx --results-directory TestResults\n", ci);
    }

    [Fact]
    public void Every_briefinggen_command_line_in_the_readme_names_a_command_and_options_the_tool_has()
    {
        var lines = CommandLines().Where(line => line.StartsWith("briefinggen ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 15, $"only {lines.Count} briefinggen lines found in the README's code blocks");
        var helps = new Dictionary<string, string>();
        foreach (var line in lines)
        {
            var words = Words(line).Skip(1).ToList();
            // The command is the leading words that are not options, placeholders or arguments (theme export, new...).
            var command = words.TakeWhile(word => Regex.IsMatch(word, "^[a-z]+$"))
                .Take(words.FirstOrDefault() == "theme" ? 2 : 1).ToList();
            var key = string.Join(' ', command);
            if (!helps.TryGetValue(key, out var help))
            {
                var (exit, stdout, stderr) = CommandLineTests.Run([.. command, "--help"]);
                Assert.True(exit == 0, $"README: '{line}': 'briefinggen {key} --help' exited {exit}: {stderr}");
                helps[key] = help = stdout;
            }

            foreach (Match option in OptionName().Matches(line))
            {
                Assert.True(help.Contains(option.Value, StringComparison.Ordinal), $"README: '{line}': 'briefinggen {key}' has no option {option.Value}");
            }
        }
    }

    [Fact]
    public void Your_first_site_runs_as_written_but_for_serve_and_printing()
    {
        var start = Readme.IndexOf("\n## Your first site\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README has no 'Your first site' section");
        var section = Readme[start..Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        using var folder = new TemporaryFolder(Directory.CreateTempSubdirectory("bg-readme-").FullName);
        var ran = 0;
        foreach (var line in CommandLines(section).Where(line => line.StartsWith("briefinggen ", StringComparison.Ordinal)))
        {
            // serve runs until stopped (ServeTests and CommandLineTests run it); PDFs are the print tests' work.
            if (line.StartsWith("briefinggen serve ", StringComparison.Ordinal) || line.Contains("--pdf", StringComparison.Ordinal))
            {
                continue;
            }

            var args = Words(line).Skip(1).Select(word => word == "my-site" ? Path.Combine(folder.Path, "my-site") : word).ToArray();
            var (exit, stdout, stderr) = CommandLineTests.Run(args);
            Assert.True(exit == 0, $"README: '{line}' exited {exit}:\n{stdout}{stderr}");
            ran++;
        }

        Assert.True(ran >= 4, $"only {ran} commands of 'Your first site' ran");
        Assert.True(File.Exists(Path.Combine(folder.Path, "my-site", ".github", "workflows", "briefinggen.yml")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "my-site", "_site", "case-studies", "cafe-on-the-green", "index.html")));
    }

    [Fact]
    public void Every_dotnet_command_line_in_the_readme_is_run_by_ci_or_is_the_tool_itself()
    {
        var lines = CommandLines().Where(line => line.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        const string runTheTool = "dotnet run --project src/BriefingGen.Cli -- ";
        const string globalTool = " --global ";
        const string nativePublish = "dotnet publish src/BriefingGen.Cli -c Release -r linux-x64 -p:PublishAot=true";
        foreach (var line in lines)
        {
            if (line.StartsWith(runTheTool, StringComparison.Ordinal))
            {
                // The tool run from source: its arguments are checked as the briefinggen lines are.
                var command = Words(line[runTheTool.Length..]).First();
                Assert.Equal(0, CommandLineTests.Run(command, "--help").Exit);
            }
            else if (line.StartsWith(nativePublish, StringComparison.Ordinal))
            {
                // NativeBuildTests publishes the native binary as written (into a folder of its own) and builds with it.
                Assert.Contains(string.Join("\", \"", nativePublish["dotnet ".Length..].Split(' ')), NativeTests);
            }
            else if (line.StartsWith("dotnet tool ", StringComparison.Ordinal) && line.Contains(globalTool, StringComparison.Ordinal))
            {
                // CI installs and uninstalls in temporary tool paths instead of the machine's global tools, otherwise as
                // written (BriefingGen.Tool is not BriefingGen.Tool.any: a space, a semicolon or the line's end follows).
                var asCiRunsIt = Regex.Escape(line).Replace(Regex.Escape(globalTool), " --tool-path \"\\$tool_dir/[a-z-]+\" ", StringComparison.Ordinal) + "([ ;]|$)";
                Assert.True(Regex.IsMatch(Ci, asCiRunsIt, RegexOptions.Multiline), $"README: '{line}' is not run by .ci/run (with --tool-path \"$tool_dir/...\")");
            }
            else
            {
                Assert.True(Ci.Contains(line, StringComparison.Ordinal), $"README: '{line}' is not run by .ci/run");
            }
        }
    }

    [Fact]
    public void Ci_installs_the_package_the_cli_project_packs_and_ends_with_the_test_summary()
    {
        var project = File.ReadAllText(Repository.Path("src", "BriefingGen.Cli", "BriefingGen.Cli.csproj"));
        var id = Regex.Match(project, "<PackageId>(.+)</PackageId>").Groups[1].Value;
        Assert.Matches($"--add-source artifacts {Regex.Escape(id)}[ ;\n]", Ci);
        Assert.Contains("\"$tool_dir/tools/briefinggen\" build --source . ", Ci);
        var lastOutput = Ci.Split('\n').Last(line => line.TrimStart().StartsWith("echo ", StringComparison.Ordinal));
        Assert.Equal("echo \"tests: $passed passed, $failed failed, $skipped skipped\"", lastOutput);
    }

    /// <summary>The command lines of the README's code blocks (or of a part of it), without prompts or comments.</summary>
    private static IEnumerable<string> CommandLines(string? text = null)
    {
        foreach (Match block in CodeBlock().Matches(text ?? Readme))
        {
            foreach (var raw in block.Groups["body"].Value.Split('\n'))
            {
                var line = raw.Trim();
                line = line.StartsWith("$ ", StringComparison.Ordinal) ? line[2..] : line;
                var comment = line.IndexOf("  #", StringComparison.Ordinal);
                line = (comment >= 0 ? line[..comment] : line).TrimEnd();
                if (line.StartsWith("briefinggen ", StringComparison.Ordinal) || line.StartsWith("dotnet ", StringComparison.Ordinal))
                {
                    yield return line;
                }
            }
        }
    }

    private static IEnumerable<string> Words(string line) =>
        ShellWord().Matches(line).Select(match => match.Value.Trim('"'));

    [GeneratedRegex(@"^[ \t]*```[a-z]*\n(?<body>.*?)^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"""[^""]*""|\S+")]
    private static partial Regex ShellWord();
}

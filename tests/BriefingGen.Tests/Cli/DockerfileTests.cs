using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The repository's Dockerfile builds an image with the command, Chromium and Pagefind (issue 24). There is no Docker
/// here to build it, so this checks what can break without one noticing: what it copies and what it publishes exist.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Repository.Path("Dockerfile"));

    [Fact]
    public void Every_file_the_dockerfile_copies_from_the_repository_exists()
    {
        var copies = Lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var words = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in words[1..^1])
            {
                var path = Repository.Path(source.TrimEnd('/'));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"the Dockerfile copies {source}, which the repository does not have");
            }
        }
    }

    [Fact]
    public void The_dockerfile_publishes_the_command_line_project_and_runs_briefinggen_with_chromium_and_pagefind()
    {
        var publish = PublishCommand().Match(string.Join("\n", Lines));
        Assert.True(publish.Success, "the Dockerfile has no 'RUN dotnet publish <project>'");
        Assert.True(File.Exists(Repository.Path(publish.Groups["project"].Value)), $"the Dockerfile publishes {publish.Groups["project"].Value}, which does not exist");
        Assert.EndsWith("BriefingGen.Cli.csproj", publish.Groups["project"].Value);

        Assert.Equal(2, Lines.Count(line => line.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(Lines, line => line.Contains("apt-get install", StringComparison.Ordinal) && line.Contains(" chromium ", StringComparison.Ordinal));
        Assert.Contains(Lines, line => line.Contains("npm install -g pagefind@", StringComparison.Ordinal));
        Assert.Contains("ENTRYPOINT [\"briefinggen\"]", Lines);
        Assert.Contains(Lines, line => line.StartsWith("RUN ln -s /app/BriefingGen.Cli /usr/local/bin/briefinggen", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^RUN dotnet publish (?<project>\S+\.csproj)", RegexOptions.Multiline)]
    private static partial Regex PublishCommand();
}

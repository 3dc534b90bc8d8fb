using System.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>The briefinggen command as an editor runs it: exit codes, the summary line, diagnostics on stderr.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Build_of_a_good_site_exits_0_with_a_summary_line()
    {
        using var site = TestSite.With();
        var (exit, stdout, _) = Run("build", "--source", site.Root);
        Assert.Equal(0, exit);
        Assert.Matches(@"\d+ pages written, 0 warnings, 0 errors in \d+\.\d\d s", stdout);
    }

    [Fact]
    public void Content_errors_exit_1_and_are_printed_with_their_location()
    {
        using var site = TestSite.With("-- content/a.md --\nno front matter\n");
        var (exit, stdout, stderr) = Run("check", "--source", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains("content/a.md:1:1: error BG0301:", stderr);
        Assert.Contains("1 error", stdout);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failure()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\ncolour: blue\n---\n");
        Assert.Equal(0, Run("check", "--source", site.Root).Exit);
        Assert.Equal(1, Run("check", "--source", site.Root, "--strict").Exit);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--source", "/no/such/folder")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void An_output_that_is_a_file_is_a_usage_error_and_the_file_is_kept()
    {
        using var site = TestSite.With("-- notes.txt --\nkept\n");
        var notes = Path.Combine(site.Root, "notes.txt");

        var (exit, _, stderr) = Run("build", "--source", site.Root, "--output", notes);

        Assert.Equal(2, exit);
        Assert.Contains("is a file", stderr);
        Assert.Equal("kept\n", File.ReadAllText(notes));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (exit, stdout, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.StartsWith("0.", stdout);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "build", "check" })
        {
            var (exit, stdout, _) = Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("--source", stdout);
        }
    }

    [SkippableFact]
    public void Serve_stops_cleanly_when_a_script_or_service_manager_sends_SIGTERM()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGTERM is a POSIX signal");
        using var site = TestSite.With();
        using var server = Process.Start(Start("serve", "--source", site.Root, "--port", "0"))!;
        try
        {
            while (server.StandardOutput.ReadLine() is { } line && !line.StartsWith("serving ", StringComparison.Ordinal))
            {
            }

            Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(20)), "serve kept running after SIGTERM");
            Assert.Equal(0, server.ExitCode);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    internal static ProcessStartInfo Start(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "BriefingGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}

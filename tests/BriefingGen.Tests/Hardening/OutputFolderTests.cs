using BriefingGen.Diagnostics;
using BriefingGen.Files;
using BriefingGen.Tests.Support;
using BriefingGen.Writing;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// What a build may replace: only an empty folder or one it wrote itself, found by its real path, swapped in so that
/// a kill at any instant leaves a complete output, and never a neighbour's folder.
/// </summary>
public sealed class OutputFolderTests
{
    [Theory]
    [InlineData(".git", "HEAD")]
    [InlineData("docs", "notes.md")]
    public void A_folder_that_BriefingGen_did_not_write_is_never_replaced(string folder, string file)
    {
        using var site = TestSite.With();
        site.WriteFile($"{folder}/{file}", "kept");

        var result = Build(site, Path.Combine(site.Root, folder));

        var diagnostic = DiagnosticAssert.Single(result, DiagnosticCodes.OutputFolderRefused);
        Assert.Equal("--output:1:1", diagnostic.Span.ToString());
        Assert.Contains(OutputWriter.MarkerFile, diagnostic.Message);
        Assert.Equal(["kept"], Directory.GetFiles(Path.Combine(site.Root, folder)).Select(File.ReadAllText));
    }

    [Fact]
    public void An_empty_folder_is_filled_and_a_previous_output_is_replaced()
    {
        using var site = TestSite.With();
        var output = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(output);

        Assert.True(Build(site, output).Succeeded);
        Assert.True(File.Exists(Path.Combine(output, OutputWriter.MarkerFile)));
        site.WriteFile("content/_index.md", "---\ntitle: Changed\n---\n");
        Assert.True(Build(site, output).Succeeded);
        Assert.Contains("Changed", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [SkippableFact]
    public void An_output_that_is_a_link_is_written_where_it_leads_and_stays_a_link()
    {
        using var site = TestSite.With();
        var real = Path.Combine(site.Root, "real-output");
        Directory.CreateDirectory(real);
        var link = Path.Combine(site.Root, "_site");
        MakeLink(link, real);

        Assert.True(site.Build().Succeeded);

        Assert.NotNull(new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "index.html")));
    }

    [SkippableFact]
    public void An_output_reached_through_a_link_into_content_is_refused()
    {
        using var site = TestSite.With();
        MakeLink(Path.Combine(site.Root, "published"), Path.Combine(site.Root, "content"));

        var result = Build(site, Path.Combine(site.Root, "published", "out"));

        DiagnosticAssert.Single(result, DiagnosticCodes.OutputFolderRefused);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "out")));
    }

    [SkippableFact]
    public void A_link_from_content_into_the_output_is_refused_so_no_build_copies_the_last_into_itself()
    {
        using var site = TestSite.With();
        Assert.True(site.Build().Succeeded);
        MakeLink(Path.Combine(site.Root, "content", "mirror"), Path.Combine(site.Root, "_site"));

        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnsafePath);

        Assert.Equal("content/mirror:1:1", diagnostic.Span.ToString());
        Assert.Contains("output folder", diagnostic.Message);
        Assert.False(site.OutputExists("mirror/index.html"));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused_without_touching_it()
    {
        using var site = TestSite.With();
        site.WriteFile("out.txt", "kept");

        var diagnostic = DiagnosticAssert.Single(Build(site, Path.Combine(site.Root, "out.txt")), DiagnosticCodes.OutputFolderRefused);

        Assert.Contains("is a file", diagnostic.Message);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(site.Root, "out.txt")));
    }

    [Fact]
    public void A_build_never_deletes_a_neighbouring_outputs_staging_folder()
    {
        using var site = TestSite.With();
        var folder = Path.Combine(site.Root, "out");
        site.WriteFile("out/.site.en.staging/index.html", "a neighbour's build is writing this");
        site.WriteFile("out/.site.en.old/index.html", "a neighbour's last output");

        Assert.True(Build(site, Path.Combine(folder, "site")).Succeeded);

        Assert.True(File.Exists(Path.Combine(folder, ".site.en.staging", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, ".site.en.old", "index.html")));
    }

    [Fact]
    public void After_a_kill_between_the_two_renames_the_last_good_output_is_kept_and_put_back()
    {
        using var site = TestSite.With();
        Assert.True(site.Build().Succeeded);
        var retired = Path.Combine(site.Root, "._site.old");
        Directory.Move(site.Output, retired); // where the first of the two renames leaves it
        var lastGood = File.ReadAllText(Path.Combine(retired, "index.html"));

        site.WriteFile("content/bad.md", "---\ntitle: [broken\n---\n");
        Assert.False(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(retired, "index.html")), "a failed build deleted the last good output");

        site.WriteFile("content/bad.md", "---\ntitle: Bad\n---\nSee [gone](/nowhere/).\n"); // fails after the output is opened
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal(lastGood, site.ReadOutput("index.html"));
        Assert.False(Directory.Exists(retired));
    }

    [SkippableFact]
    public void Two_folders_are_exchanged_in_one_step()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "renameat2 is Linux's");
        using var site = TestSite.With("-- a/x.txt --\nfrom a\n-- b/x.txt --\nfrom b\n");

        Assert.True(FolderExchange.TryExchange(Path.Combine(site.Root, "a"), Path.Combine(site.Root, "b")));

        Assert.Equal("from b\n", File.ReadAllText(Path.Combine(site.Root, "a", "x.txt")));
        Assert.Equal("from a\n", File.ReadAllText(Path.Combine(site.Root, "b", "x.txt")));
    }

    private static BuildResult Build(TestSite site, string output) =>
        SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = output });

    private static void MakeLink(string link, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(link, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip.If(true, $"this system cannot create symbolic links ({e.Message})");
        }
    }
}

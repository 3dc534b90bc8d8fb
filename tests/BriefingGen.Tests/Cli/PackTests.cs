using System.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>The tool packs from a clean clone, as a maintainer releasing it would (issue 24), and stays a sane size.</summary>
public sealed class PackTests
{
    // With PuppeteerSharp the package measured 7.2 MB; Playwright's node driver alone was 122 MB. The limit leaves room
    // to grow but fails if a browser or a driver comes back into the package.
    private const long MaxPackageBytes = 20L * 1024 * 1024;

    [SkippableFact]
    public void The_tool_packs_from_a_clean_clone_without_a_browser_driver()
    {
        Skip.If(ExternalProgram.FindOnPath("dotnet") is null, "needs the dotnet command on PATH to run dotnet pack");
        using var clone = new TemporaryFolder(Directory.CreateTempSubdirectory("briefinggen-pack-").FullName);
        // A copy of the sources without bin/ and obj/ is what a clean clone has; packing there also keeps this test
        // clear of the build outputs the test run itself is using.
        ExternalProgram.CopySources(Repository.Path("src"), Path.Combine(clone.Path, "src"));
        File.Copy(Repository.Path("Directory.Build.props"), Path.Combine(clone.Path, "Directory.Build.props"));
        var output = Path.Combine(clone.Path, "packages");

        var (exit, log) = ExternalProgram.Run("dotnet", clone.Path, "pack", "src/BriefingGen.Cli", "-c", "Release", "-o", output, "--disable-build-servers", "-nodeReuse:false");

        Assert.True(exit == 0, $"dotnet pack exited {exit}:\n{log}");
        var package = Assert.Single(Directory.GetFiles(output, "*.nupkg"));
        var size = new FileInfo(package).Length;
        Assert.True(size < MaxPackageBytes, $"{Path.GetFileName(package)} is {size:N0} bytes, over the {MaxPackageBytes:N0} allowed");
    }
}

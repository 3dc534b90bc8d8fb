using System.IO.Compression;
using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The tool packs from a clean clone, as a maintainer releasing it would (issue 24): the package `dotnet tool install`
/// reads names one package per platform, and the .NET build, which needs only the SDK, stays a sane size. The native
/// package (NativeAOT) is packed by .ci/run, which installs it and builds the bundled site with it.
/// </summary>
public sealed class PackTests
{
    // With PuppeteerSharp the package measured 7.2 MB; Playwright's node driver alone was 122 MB. The limit leaves room
    // to grow but fails if a browser or a driver comes back into the package.
    private const long MaxPackageBytes = 20L * 1024 * 1024;

    [SkippableFact]
    public void The_tool_packs_from_a_clean_clone_as_a_package_per_platform_without_a_browser_driver()
    {
        Skip.If(ExternalProgram.FindOnPath("dotnet") is null, "needs the dotnet command on PATH to run dotnet pack");
        using var clone = new TemporaryFolder(Directory.CreateTempSubdirectory("briefinggen-pack-").FullName);
        // A copy of the sources without bin/ and obj/ is what a clean clone has; packing there also keeps this test
        // clear of the build outputs the test run itself is using.
        ExternalProgram.CopySources(Repository.Path("src"), Path.Combine(clone.Path, "src"));
        File.Copy(Repository.Path("Directory.Build.props"), Path.Combine(clone.Path, "Directory.Build.props"));
        var output = Path.Combine(clone.Path, "packages");

        string[][] runtimes = [[], ["-r", "any"]];
        foreach (var runtime in runtimes)
        {
            var (exit, log) = ExternalProgram.Run("dotnet", clone.Path,
                ["pack", "src/BriefingGen.Cli", "-c", "Release", .. runtime, "-o", output, "--disable-build-servers", "-nodeReuse:false"]);
            Assert.True(exit == 0, $"dotnet pack {string.Join(' ', runtime)} exited {exit}:\n{log}");
        }

        var version = Regex.Match(File.ReadAllText(Repository.Path("Directory.Build.props")), "<Version>(.+)</Version>").Groups[1].Value;
        var packages = Directory.GetFiles(output, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"BriefingGen.Tool.{version}.nupkg", $"BriefingGen.Tool.any.{version}.nupkg"], packages);
        using (var pointer = ZipFile.OpenRead(Path.Combine(output, $"BriefingGen.Tool.{version}.nupkg")))
        {
            Assert.DoesNotContain(pointer.Entries, entry => entry.Name.EndsWith(".dll", StringComparison.Ordinal));
            using var settings = new StreamReader(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
            var text = settings.ReadToEnd();
            Assert.Contains("RuntimeIdentifier=\"linux-x64\" Id=\"BriefingGen.Tool.linux-x64\"", text);
            Assert.Contains("RuntimeIdentifier=\"any\" Id=\"BriefingGen.Tool.any\"", text);
        }

        var size = new FileInfo(Path.Combine(output, $"BriefingGen.Tool.any.{version}.nupkg")).Length;
        Assert.True(size < MaxPackageBytes, $"BriefingGen.Tool.any is {size:N0} bytes, over the {MaxPackageBytes:N0} allowed");
    }
}

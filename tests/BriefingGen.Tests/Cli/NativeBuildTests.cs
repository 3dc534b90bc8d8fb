using System.Diagnostics;
using System.Runtime.InteropServices;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The native binary (NativeAOT, issue 23) builds exactly what the .NET build does: nothing it relies on was trimmed
/// away or is missing without the JIT. In the heavy collection, since publishing takes minutes of both cores.
/// </summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class NativeBuildTests
{
    [SkippableFact]
    public void The_native_binary_builds_the_bundled_site_to_the_same_bytes_as_the_jit_build()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64, "the native binary is published for linux-x64");
        var missing = NativeBinary.Given is null ? NativeBinary.MissingTools : null;
        Skip.If(missing is not null, $"NativeAOT links with clang, lld and zlib; missing here: {missing} (apt-get install clang lld zlib1g-dev)");

        using var outputs = new TemporaryFolder(Directory.CreateTempSubdirectory("briefinggen-native-").FullName);
        var jit = Path.Combine(outputs.Path, "jit");
        var native = Path.Combine(outputs.Path, "native");
        DiagnosticAssert.Clean(SiteBuilder.Build(new BuildOptions { Source = Repository.Root, Output = jit, Search = false }));

        var (exit, log) = NativeBinary.Run("build", "--no-search", "--source", Repository.Root, "--output", native);

        Assert.True(exit == 0, $"the native binary exited {exit}:\n{log}");
        var files = Files(jit);
        Assert.Equal(files, Files(native));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(jit, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, f)))).ToList();
        Assert.True(different.Count == 0, $"{different.Count} of {files.Count} files differ, first {string.Join(", ", different.Take(5))}");
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The native binary that .ci/run packed and installed from the tool package, or else the command published with
    /// NativeAOT once per test run, from a clean copy of <c>src/</c>, into a temporary folder.
    /// </summary>
    private static class NativeBinary
    {
        private static readonly Lazy<string> Published = new(() => Given ?? Publish());

        /// <summary>
        /// The native binary named by <c>BRIEFINGGEN_NATIVE_BINARY</c>, or null: .ci/run names the <c>briefinggen</c> it
        /// installed from BriefingGen.Tool.linux-x64, so that CI compiles the native binary once (minutes of both cores),
        /// and this test holds the binary users install to the .NET build's bytes.
        /// </summary>
        public static string? Given
        {
            get
            {
                var path = Environment.GetEnvironmentVariable("BRIEFINGGEN_NATIVE_BINARY");
                if (string.IsNullOrEmpty(path))
                {
                    return null;
                }

                Assert.True(File.Exists(path), $"BRIEFINGGEN_NATIVE_BINARY names {path}, which does not exist");
                return path;
            }
        }

        /// <summary>The tools NativeAOT needs that this machine lacks, or null when it has them all.</summary>
        public static string? MissingTools
        {
            get
            {
                var missing = new List<string>();
                if (ExternalProgram.FindOnPath("clang") is null)
                {
                    missing.Add("clang");
                }

                if (ExternalProgram.FindOnPath("ld.lld") is null)
                {
                    missing.Add("lld");
                }

                if (!File.Exists("/usr/include/zlib.h"))
                {
                    missing.Add("zlib1g-dev");
                }

                if (ExternalProgram.FindOnPath("dotnet") is null)
                {
                    missing.Add("dotnet");
                }

                return missing.Count == 0 ? null : string.Join(", ", missing);
            }
        }

        public static (int Exit, string Log) Run(params string[] args) => ExternalProgram.Run(Published.Value, Path.GetTempPath(), args);

        private static string Publish()
        {
            var clone = Directory.CreateTempSubdirectory("briefinggen-aot-").FullName;
            TemporaryFolder.DeleteAtExit(clone);
            ExternalProgram.CopySources(Repository.Path("src"), Path.Combine(clone, "src"));
            File.Copy(Repository.Path("Directory.Build.props"), Path.Combine(clone, "Directory.Build.props"));
            var output = Path.Combine(clone, "native");
            var (exit, log) = ExternalProgram.Run("dotnet", clone, "publish", "src/BriefingGen.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                "-o", output, "--disable-build-servers", "-nodeReuse:false");
            Assert.True(exit == 0, $"dotnet publish with NativeAOT exited {exit}:\n{log}");
            return Path.Combine(output, "BriefingGen.Cli");
        }
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// A site copied into a fresh temporary folder for one hardening build, beside a folder standing for "the rest of the
/// file system" (<c>outside/</c>, which symbolic links of the corpus may point to). After the build it can tell whether
/// anything was written anywhere but inside the site folder.
/// </summary>
public sealed class HardeningSite : IDisposable
{
    /// <summary>How long one build of a small site may take before it counts as a hang.</summary>
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);

    private readonly string _outsideSnapshot;

    private HardeningSite(string root)
    {
        Root = root;
        Site = Path.Combine(root, "site");
        Outside = Path.Combine(root, "outside");
        Directory.CreateDirectory(Site);
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        // A valid page and an asset outside the site: if a link to them were followed, they would show up in the build.
        File.WriteAllText(Path.Combine(Outside, "secret.md"), "---\ntitle: Secret outside the site\n---\nLeaked.\n");
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), "leaked\n");
        File.WriteAllText(Path.Combine(Outside, "folder", "page.md"), "---\ntitle: Leaked folder page\n---\n");
        _outsideSnapshot = Snapshot(Outside);
    }

    /// <summary>The temporary folder holding <see cref="Site"/> and <see cref="Outside"/>, and nothing else.</summary>
    public string Root { get; }

    public string Site { get; }

    public string Outside { get; }

    /// <summary>A copy of <paramref name="source"/> (without <paramref name="exclude"/>d top-level files) in a new temporary folder.</summary>
    public static HardeningSite CopyOf(string source, params string[] exclude)
    {
        var site = new HardeningSite(Path.Combine(Path.GetTempPath(), "bg-hardening-" + Guid.NewGuid().ToString("N")[..12]));
        CopyFolder(source, site.Site, exclude);
        return site;
    }

    public static HardeningSite Empty() => new(Path.Combine(Path.GetTempPath(), "bg-hardening-" + Guid.NewGuid().ToString("N")[..12]));

    /// <summary>
    /// Builds the site through the library, as the CLI does; a build that does not end within <see cref="TimeBound"/>
    /// fails the test. The search index (Pagefind, an outside program) is left out unless <paramref name="search"/>.
    /// </summary>
    public (BuildResult Result, TimeSpan Elapsed) Build(bool write = true, bool search = false)
    {
        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => SiteBuilder.Build(new BuildOptions { Source = Site, Write = write, Search = search }));
        if (!build.Wait(TimeBound))
        {
            Assert.Fail($"the build of {Site} did not finish within {TimeBound.TotalSeconds:0} s (a hang)");
        }

        return (build.Result, clock.Elapsed);
    }

    /// <summary>Fails when the build wrote anything outside the site folder: new entries beside it, changes in <c>outside/</c>, an output elsewhere.</summary>
    public void AssertNothingWrittenOutside(BuildResult result)
    {
        var entries = Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(entries.SequenceEqual(["outside", "site"]),
            $"the build wrote beside the site folder: {string.Join(", ", entries)}");
        Assert.True(_outsideSnapshot == Snapshot(Outside), "the build changed files outside the site folder");
        if (result.OutputPath is not null && Directory.Exists(result.OutputPath))
        {
            var output = Path.GetFullPath(result.OutputPath);
            Assert.True(output.StartsWith(Path.GetFullPath(Site) + Path.DirectorySeparatorChar, StringComparison.Ordinal),
                $"the build wrote its output to {output}, outside the site folder");
        }
    }

    /// <summary>The diagnostic as an expected.txt line: <c>path:line:col: severity CODE</c> (a whole file at 1:1).</summary>
    public static string Line(Diagnostic diagnostic) =>
        $"{diagnostic.Span}: {(diagnostic.Severity == Severity.Error ? "error" : "warning")} {diagnostic.Code}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Copies files and folders as they are; symbolic links are not followed (the corpus commits none).</summary>
    public static void CopyFolder(string from, string to, IReadOnlyCollection<string>? excludeTopLevel = null)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            if (excludeTopLevel is not null && excludeTopLevel.Contains(entry.Name))
            {
                continue;
            }

            var target = Path.Combine(to, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                CopyFolder(directory.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }

    private static string Snapshot(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            text.Append(Path.GetRelativePath(folder, file)).Append('\n');
            if (File.Exists(file))
            {
                text.Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
            }
        }

        return text.ToString();
    }
}

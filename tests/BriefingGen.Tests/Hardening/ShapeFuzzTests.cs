using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Files;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// A fuzzer over the shape of the bundled site's file system rather than its bytes: each mutant turns one file or
/// folder into a symbolic link (outside the site, through a hidden link to <c>/proc/self</c>, to <c>/dev/zero</c>, to
/// itself, to nothing, inside the site), a FIFO, or a strangely named file, or builds into a hostile output location.
/// Every build must end within the time bound, report no internal error, locate every error at an entry of the site,
/// refuse each escape at the entry that made it, write nothing outside the site, and leave a refused output as it was.
/// <para>
/// Fixed seed and count; a longer run: <c>BRIEFINGGEN_FUZZ_SEED=3 BRIEFINGGEN_SHAPE_FUZZ_COUNT=500 dotnet test tests/BriefingGen.Tests --filter "FullyQualifiedName~ShapeFuzz"</c>.
/// </para>
/// </summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class ShapeFuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20261203;
    public const int DefaultCount = 48;

    /// <summary>What a mutant does to the site, and the refusal it must give (code and where), if any.</summary>
    private sealed record Shape(string Description, Action<HardeningSite> Apply, string[]? RefusedWith = null, string? RefusedAt = null)
    {
        public string? Output { get; init; }
        /// <summary>A folder a refused output must leave exactly as it was.</summary>
        public string? Victim { get; init; }
    }

    [SkippableFact]
    public void Mutants_of_the_bundled_sites_shape_never_escape_crash_or_hang()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the shapes use Linux's /proc, /dev and FIFOs");
        var seed = FromEnvironment("BRIEFINGGEN_FUZZ_SEED", DefaultSeed);
        var count = FromEnvironment("BRIEFINGGEN_SHAPE_FUZZ_COUNT", DefaultCount);
        var files = MutationFuzzTests.BundledSite();
        var random = new Random(seed);
        var shapes = Enumerable.Range(0, count).Select(_ => Draw(files, random)).ToList();
        var found = new List<string>();
        var results = new string?[shapes.Count];
        Parallel.For(0, shapes.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
            i => results[i] = Check(files, shapes[i]));
        for (var i = 0; i < shapes.Count; i++)
        {
            output.WriteLine($"mutant {i}: {shapes[i].Description}: {results[i] ?? "ok"}");
            if (results[i] is { } problem)
            {
                found.Add($"mutant {i} (seed {seed}): {shapes[i].Description}\n    {problem}");
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} of {count} mutants broke BriefingGen:\n" + string.Join("\n", found));
    }

    private static Shape Draw(IReadOnlyList<(string Path, byte[] Bytes)> files, Random random)
    {
        var file = files[random.Next(files.Count)].Path;
        var folders = files.Select(f => Path.GetDirectoryName(f.Path)!.Replace('\\', '/')).Where(f => f.StartsWith("content", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var folder = folders[random.Next(folders.Count)];
        string[] unsafePath = [DiagnosticCodes.UnsafePath];
        switch (random.Next(12))
        {
            case 0:
                return new Shape($"{file} -> a file outside", site => Link(site, file, Path.Combine(site.Outside, "secret.md")), unsafePath, file);
            case 1:
                return new Shape($"{file} -> .p/environ, .p -> /proc/self", site =>
                {
                    var hidden = Path.Combine(Path.GetDirectoryName(file)!, ".p");
                    Link(site, hidden, "/proc/self");
                    Link(site, file, ".p/environ");
                }, unsafePath, file);
            case 2:
                return new Shape($"{file} -> /dev/zero", site => Link(site, file, "/dev/zero"), unsafePath, file);
            case 3:
                return new Shape($"{file} is a FIFO", site => Fifo(site, file), [DiagnosticCodes.NotRegularFile], file);
            case 4:
                var other = files[random.Next(files.Count)].Path;
                return new Shape($"{file} -> {other} (inside)", site => Link(site, file, Path.GetRelativePath(Path.GetDirectoryName(Path.Combine(site.Site, file))!, Path.Combine(site.Site, other))));
            case 5:
                return new Shape($"{file} -> itself", site => Link(site, file, Path.GetFileName(file)), unsafePath, file);
            case 6:
                return new Shape($"{folder} -> a folder outside", site => LinkFolder(site, folder, Path.Combine(site.Outside, "folder")), unsafePath, folder);
            case 7:
                return new Shape($"{folder}/loop -> .. and {folder}/site -> the site", site =>
                {
                    Link(site, folder + "/loop", "..");
                    Link(site, folder + "/site", Path.GetRelativePath(Path.Combine(site.Site, folder), site.Site));
                }, unsafePath, folder + "/site");
            case 8:
                var name = NewName(file, random);
                return new Shape($"{file} renamed to '{DiagnosticText.Escape(name)}'", site =>
                {
                    File.Move(Path.Combine(site.Site, file), Path.Combine(site.Site, Path.GetDirectoryName(file)!, name));
                });
            case 9:
                var victim = random.Next(2) == 0 ? ".git" : "docs";
                return new Shape($"output into the site's {victim}/", _ => { }, [DiagnosticCodes.OutputFolderRefused], "--output")
                {
                    Output = victim,
                    Victim = victim,
                };
            case 10:
                string[] refused = ["", "content", "content/case-studies", "templates", "site.config.yml", "published-link/out"];
                var target = refused[random.Next(refused.Length)];
                return new Shape($"output '{target}'", _ => { }, [DiagnosticCodes.OutputFolderRefused], "--output") { Output = target, Victim = "content" };
            default:
                return new Shape("output into an empty folder", _ => { }) { Output = "public" };
        }
    }

    private static string? Check(IReadOnlyList<(string Path, byte[] Bytes)> files, Shape shape)
    {
        using var site = HardeningSite.Empty();
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(site.Site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Directory.CreateDirectory(Path.Combine(site.Site, "templates"));
        Directory.CreateDirectory(Path.Combine(site.Site, "public"));
        Write(site, ".git/HEAD", "ref: refs/heads/main\n");
        Write(site, ".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n");
        Write(site, "docs/notes.md", "the owner's notes\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Site, "published-link"), "content");
        try
        {
            shape.Apply(site);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a shape this file system cannot take
        }

        var victim = shape.Victim is null ? null : Fingerprint(Path.Combine(site.Site, shape.Victim));
        var options = new BuildOptions
        {
            Source = site.Site,
            Write = shape.Output is not null,
            Search = false,
            Output = shape.Output is null ? null : Path.Combine(site.Site, shape.Output),
        };
        var build = Task.Run(() => SiteBuilder.Build(options));
        try
        {
            if (!build.Wait(HardeningSite.TimeBound))
            {
                return $"the build did not finish within {HardeningSite.TimeBound.TotalSeconds:0} s";
            }
        }
        catch (AggregateException e)
        {
            return $"an exception escaped SiteBuilder.Build: {e.InnerException}";
        }

        var result = build.Result;
        var problems = new List<string>();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
        {
            var located = diagnostic.Span.Path is "--output" || (diagnostic.Span.Path is { Length: > 0 } &&
                          FileEntry.Probe(Path.Combine(site.Site, diagnostic.Span.Path)).Kind != EntryKind.Missing);
            if (PrintEditionRepeatsABodyLink(diagnostic))
            {
                continue;
            }

            if (diagnostic.Code == DiagnosticCodes.InternalError)
            {
                problems.Add($"internal error: {diagnostic}");
            }
            else if (!located)
            {
                problems.Add($"error not at an entry of the site: {diagnostic}");
            }
        }

        if (shape.RefusedWith is { } codes &&
            !result.Diagnostics.Any(d => codes.Contains(d.Code) && d.Span.Path == shape.RefusedAt))
        {
            problems.Add($"not refused with {string.Join(" or ", codes)} at {shape.RefusedAt}: {string.Join("; ", result.Diagnostics.Take(5))}");
        }

        if (victim is not null && victim != Fingerprint(Path.Combine(site.Site, shape.Victim!)))
        {
            problems.Add($"the build changed {shape.Victim}/, which it refused as its output");
        }

        try
        {
            site.AssertNothingWrittenOutside(result);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            problems.Add(e.Message);
        }

        return problems.Count == 0 ? null : string.Join("\n    ", problems.Distinct().Take(5));
    }

    /// <summary>
    /// Known, and the subject of its own issue: a broken link in a page's body is reported at its Markdown line, and
    /// again, unlocated, at the print layout that repeats the body (a pack, a paper).
    /// </summary>
    private static bool PrintEditionRepeatsABodyLink(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticCodes.BrokenLink && diagnostic.Span.Path is "(default theme)/layouts/pack.html" or "(default theme)/layouts/paper.html" or "(default theme)/layouts/handout.html";

    private static string NewName(string file, Random random)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var extension = Path.GetExtension(file);
        string[] names =
        [
            name + "\nsite.config.yml:1:1: error BG0001: forged" + extension,
            name + "\u0007\u001b[31m" + extension,
            "cafe\u0301-" + name + extension,
            name + extension.ToUpperInvariant(),
            name + ".html",
            "." + name + extension,
            new string('n', 300) + extension,
            name + " with spaces" + extension,
        ];
        return names[random.Next(names.Length)];
    }

    private static void Write(HardeningSite site, string path, string text)
    {
        var full = Path.Combine(site.Site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static void Link(HardeningSite site, string path, string target)
    {
        var full = Path.Combine(site.Site, path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    private static void LinkFolder(HardeningSite site, string folder, string target)
    {
        var full = Path.Combine(site.Site, folder);
        Directory.Delete(full, recursive: true);
        Directory.CreateSymbolicLink(full, target);
    }

    private static void Fifo(HardeningSite site, string path)
    {
        var full = Path.Combine(site.Site, path);
        File.Delete(full);
        if (CorpusTests.Setup.MakeFifo(full, 0b110_100_100) != 0)
        {
            throw new IOException("mkfifo failed");
        }
    }

    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "missing";
        }

        var text = new StringBuilder();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            text.Append(entry).Append('\n');
            if (FileEntry.Probe(entry).Kind == EntryKind.RegularFile)
            {
                text.Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

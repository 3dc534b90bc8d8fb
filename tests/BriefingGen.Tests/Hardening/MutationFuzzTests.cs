using System.Globalization;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// A mutation fuzzer over the bundled site (<c>site.config.yml</c> and <c>content/</c> of this repository): each mutant
/// changes one random file once (a flipped bit, a truncation, a duplicated or deleted line, or an inserted
/// <c>[[</c>, <c>{{</c>, <c>@</c>, <c>---</c>...), is built (as <c>check</c> does: everything but writing, for speed),
/// and must end within the time bound without an exception escaping <see cref="SiteBuilder.Build"/>, without BG0001,
/// with every error at a file of the site, and without touching anything outside the site folder.
/// <para>
/// The run is fixed (seed and count below) so that it is repeatable. A longer run:
/// <c>BRIEFINGGEN_FUZZ_SEED=7 BRIEFINGGEN_FUZZ_COUNT=5000 dotnet test tests/BriefingGen.Tests --filter "FullyQualifiedName~MutationFuzz"</c>.
/// <c>BRIEFINGGEN_FUZZ_STRICT=1</c> also fails on the known bugs that <see cref="KnownBug"/> lets pass (use it to check a fix).
/// A failure names the seed, the mutant's number, the file, the offset and the mutation.
/// </para>
/// </summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20251123;
    public const int DefaultCount = 200;

    private static readonly string[] Inserts = ["[[", "{{", "@", "---", "{{<", ">}}", "]]", "[@", "\t", "\"", ": ", "- ", "&a ", "*a "];

    /// <summary>One change to one file of the site.</summary>
    public sealed record Mutation(string File, string Kind, int Offset, byte[] Bytes)
    {
        public override string ToString() => $"{File} at byte {Offset}: {Kind}";
    }

    [Fact]
    public void Mutants_of_the_bundled_site_never_crash_hang_or_report_an_unlocated_error()
    {
        var seed = FromEnvironment("BRIEFINGGEN_FUZZ_SEED", DefaultSeed);
        var count = FromEnvironment("BRIEFINGGEN_FUZZ_COUNT", DefaultCount);
        var strict = Environment.GetEnvironmentVariable("BRIEFINGGEN_FUZZ_STRICT") == "1";
        var files = BundledSite();
        var random = new Random(seed);
        var found = new List<string>();
        var knownFound = new List<string>();
        const int Batch = 32;
        for (var first = 0; first < count; first += Batch)
        {
            // Mutants are drawn in order from the one seed, then built a few at a time.
            var mutants = Enumerable.Range(first, Math.Min(Batch, count - first)).Select(_ => Mutate(files, random)).ToList();
            var results = new (string? Problem, string? Known)[mutants.Count];
            Parallel.For(0, mutants.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
                i => results[i] = Check(files, mutants[i], strict));
            for (var i = 0; i < mutants.Count; i++)
            {
                if (results[i].Problem is { } problem)
                {
                    found.Add($"mutant {first + i} (seed {seed}): {mutants[i]}\n    {problem}");
                }

                if (results[i].Known is { } bug)
                {
                    knownFound.Add($"mutant {first + i}: {mutants[i]}: {bug}");
                }
            }
        }

        output.WriteLine($"{count} mutants of seed {seed}; {knownFound.Count} hit known bugs (BRIEFINGGEN_FUZZ_STRICT=1 fails on them):");
        foreach (var line in knownFound)
        {
            output.WriteLine("  " + line);
        }

        Assert.True(found.Count == 0, $"{found.Count} of {count} mutants broke BriefingGen:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// Bugs found by this fuzzer and listed in the hardening report, let pass so that the fixed run stays green until
    /// they are fixed; each test is narrow. Delete a line once its bug is fixed.
    /// </summary>
    public static string? KnownBug(Diagnostic diagnostic, bool locatedInSite)
    {
        return null;
    }

    private static (string? Problem, string? Known) Check(IReadOnlyList<(string Path, byte[] Bytes)> files, Mutation mutation, bool strict)
    {
        using var site = HardeningSite.Empty();
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(site.Site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, path == mutation.File ? mutation.Bytes : bytes);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var build = Task.Run(() => SiteBuilder.Build(new BuildOptions { Source = site.Site, Write = false, Search = false }));
        try
        {
            if (!build.Wait(HardeningSite.TimeBound))
            {
                return ($"the build did not finish within {HardeningSite.TimeBound.TotalSeconds:0} s", null);
            }
        }
        catch (AggregateException e)
        {
            return ($"an exception escaped SiteBuilder.Build: {e.InnerException}", null);
        }

        var result = build.Result;
        var problems = new List<string>();
        var known = new List<string>();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
        {
            var located = diagnostic.Span.Path.Length > 0 && !Path.IsPathRooted(diagnostic.Span.Path) &&
                (File.Exists(Path.Combine(site.Site, diagnostic.Span.Path)) || Directory.Exists(Path.Combine(site.Site, diagnostic.Span.Path)));
            var bug = strict ? null : KnownBug(diagnostic, located);
            if (bug is not null)
            {
                known.Add($"{bug}: {diagnostic}");
            }
            else if (diagnostic.Code == DiagnosticCodes.InternalError)
            {
                problems.Add($"internal error: {diagnostic}");
            }
            else if (!located)
            {
                problems.Add($"error not at a file of the site: {diagnostic}");
            }
        }

        try
        {
            site.AssertNothingWrittenOutside(result);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            problems.Add(e.Message);
        }

        if (clock.Elapsed > HardeningSite.TimeBound)
        {
            problems.Add($"took {clock.Elapsed.TotalSeconds:0.0} s");
        }

        return (problems.Count == 0 ? null : string.Join("\n    ", problems.Distinct().Take(5)),
            known.Count == 0 ? null : $"{known.Count} × {known[0]}");
    }

    /// <summary>The bundled site: the config and every file under content/, in ordinal order.</summary>
    public static List<(string Path, byte[] Bytes)> BundledSite()
    {
        var files = new List<(string, byte[])> { ("site.config.yml", File.ReadAllBytes(Repository.Path("site.config.yml"))) };
        var content = Repository.Path("content");
        files.AddRange(Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Select(f => "content/" + Path.GetRelativePath(content, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(Repository.Path(p)))));
        return files;
    }

    /// <summary>One random change to one random file.</summary>
    public static Mutation Mutate(IReadOnlyList<(string Path, byte[] Bytes)> files, Random random)
    {
        var (path, original) = files[random.Next(files.Count)];
        var bytes = original.ToList();
        var offset = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(6))
        {
            case 0:
                var bit = random.Next(8);
                if (bytes.Count > 0)
                {
                    bytes[offset] ^= (byte)(1 << bit);
                }

                return new Mutation(path, $"flip bit {bit}", offset, [.. bytes]);
            case 1:
                return new Mutation(path, "truncate", offset, [.. bytes.Take(offset)]);
            case 2 or 3:
                var start = offset == 0 ? 0 : bytes.LastIndexOf((byte)'\n', offset - 1) + 1;
                var end = bytes.IndexOf((byte)'\n', offset);
                end = end < 0 ? bytes.Count : end + 1;
                var line = bytes.GetRange(start, end - start);
                if (random.Next(2) == 0)
                {
                    bytes.InsertRange(end, line);
                    return new Mutation(path, "duplicate the line", start, [.. bytes]);
                }

                bytes.RemoveRange(start, end - start);
                return new Mutation(path, "delete the line", start, [.. bytes]);
            default:
                var text = Inserts[random.Next(Inserts.Length)];
                bytes.InsertRange(offset, Encoding.UTF8.GetBytes(text));
                return new Mutation(path, $"insert '{text.Replace("\t", "\\t", StringComparison.Ordinal)}'", offset, [.. bytes]);
        }
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// The hardening corpus, <c>tests/hardening-corpus/</c>: one small broken or hostile site per folder, with an
/// <c>expected.txt</c> naming every diagnostic its build must give (see the corpus README). Each case is copied to a
/// temporary folder (its <c>setup.txt</c> then makes the files that are not committed: BOMs, Latin-1 bytes, symbolic
/// links, large files), built, and checked for exactly those diagnostics, a bounded build time, and no writes outside
/// the site folder.
/// </summary>
public sealed partial class CorpusTests
{
    public const string ExpectedFile = "expected.txt";
    public const string SetupFile = "setup.txt";

    public static string CorpusFolder => Repository.Path("tests", "hardening-corpus");

    public static IEnumerable<object[]> Cases =>
        Directory.EnumerateDirectories(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => new object[] { name! });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Case_gives_exactly_its_expected_diagnostics(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        var expected = ReadExpected(Path.Combine(folder, ExpectedFile));
        using var site = HardeningSite.CopyOf(folder, ExpectedFile, SetupFile);
        var setup = Path.Combine(folder, SetupFile);
        if (File.Exists(setup))
        {
            Setup.Apply(File.ReadAllLines(setup), site);
        }

        var (result, elapsed) = site.Build();

        var actual = result.Diagnostics.Select(HardeningSite.Line).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"case {name}:\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", result.Diagnostics)}");
        Assert.True(elapsed < HardeningSite.TimeBound, $"case {name} took {elapsed.TotalSeconds:0.0} s");
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        Assert.Equal(expected.Any(e => e.Contains(": error ", StringComparison.Ordinal)), !result.Succeeded);
        site.AssertNothingWrittenOutside(result);
        if (!result.Succeeded)
        {
            Assert.False(Directory.Exists(Path.Combine(site.Site, "_site")), $"case {name} failed but wrote _site/");
        }
    }

    [Fact]
    public void Corpus_has_at_least_sixty_cases_each_with_a_well_formed_expected_file()
    {
        var cases = Cases.Select(c => (string)c[0]).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} corpus cases");
        var codes = DiagnosticCodes.All.ToDictionary(c => c.Code, c => c.Severity);
        foreach (var name in cases)
        {
            var folder = Path.Combine(CorpusFolder, name);
            var lines = File.ReadAllLines(Path.Combine(folder, ExpectedFile));
            Assert.True(lines.Length > 0 && lines[0].StartsWith("# ", StringComparison.Ordinal), $"{name}: expected.txt starts with a '# ' line saying what the case is");
            foreach (var line in ReadExpected(Path.Combine(folder, ExpectedFile)))
            {
                var match = ExpectedLine().Match(line);
                Assert.True(match.Success, $"{name}: '{line}' is not 'path:line:col: severity CODE' (a whole file is at 1:1)");
                var code = match.Groups["code"].Value;
                Assert.True(codes.ContainsKey(code), $"{name}: unknown code {code}");
                Assert.NotEqual(DiagnosticCodes.InternalError, code);
                Assert.Equal(codes[code] == Severity.Error ? "error" : "warning", match.Groups["severity"].Value);
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                Assert.True(new FileInfo(file).Length <= 100 * 1024, $"{file} is over 100 KB: make it in setup.txt instead");
            }
        }
    }

    /// <summary>The expected lines of a case, sorted: every line but blank ones and '#' comments.</summary>
    public static List<string> ReadExpected(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>[1-9][0-9]*):(?<col>[1-9][0-9]*): (?<severity>error|warning) (?<code>BG[0-9]{4})$")]
    private static partial Regex ExpectedLine();

    /// <summary>
    /// The commands of a case's <c>setup.txt</c>, one a line, run in the copied site before the build. Paths are relative
    /// to the site and hold no spaces, except the last argument of <c>move</c>; <c>{outside}</c> names a folder outside the site.
    /// <list type="bullet">
    /// <item><c>bom PATH</c>: put a UTF-8 byte order mark before the file.</item>
    /// <item><c>crlf PATH</c>: turn every line ending into CR LF.</item>
    /// <item><c>latin1 PATH</c>: re-encode the file from UTF-8 to Latin-1.</item>
    /// <item><c>utf16 PATH</c>: re-encode the file from UTF-8 to UTF-16 LE with its byte order mark.</item>
    /// <item><c>hex PATH HEX</c>: write exactly these bytes.</item>
    /// <item><c>append PATH N TEXT</c>: append TEXT (one word) N times.</item>
    /// <item><c>mkdir PATH</c>; <c>move FROM TO</c>; <c>symlink PATH TARGET</c> (TARGET relative to the link, under <c>{outside}</c>, or absolute).</item>
    /// <item><c>fifo PATH</c>: make a named pipe (which blocks whoever opens it to read).</item>
    /// <item><c>hardlink PATH TARGET</c>: give the file TARGET (under <c>{outside}</c>) a second name, PATH.</item>
    /// </list>
    /// </summary>
    public static partial class Setup
    {
        [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
        internal static partial int MakeFifo(string path, uint mode);

        [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "link", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
        private static partial int MakeHardLink(string existing, string newPath);

        public static void Apply(IEnumerable<string> commands, HardeningSite site)
        {
            foreach (var command in commands.Select(c => c.Trim()).Where(c => c.Length > 0 && !c.StartsWith('#')))
            {
                var parts = command.Split(' ', 3);
                var path = Path.Combine(site.Site, parts[1]);
                switch (parts[0])
                {
                    case "bom":
                        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
                        break;
                    case "crlf":
                        File.WriteAllText(path, File.ReadAllText(path).Replace("\r\n", "\n").Replace("\n", "\r\n"), new UTF8Encoding(false));
                        break;
                    case "latin1":
                        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(File.ReadAllText(path, Encoding.UTF8)));
                        break;
                    case "utf16":
                        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(path, Encoding.UTF8))]);
                        break;
                    case "hex":
                        File.WriteAllBytes(path, Convert.FromHexString(parts[2]));
                        break;
                    case "append":
                        var words = parts[2].Split(' ', 2);
                        var text = string.Concat(Enumerable.Repeat(words[1], int.Parse(words[0], CultureInfo.InvariantCulture)));
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        File.AppendAllText(path, text, new UTF8Encoding(false));
                        break;
                    case "mkdir":
                        Directory.CreateDirectory(path);
                        break;
                    case "move":
                        var target = Path.Combine(site.Site, parts[2]);
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        File.Move(path, target);
                        break;
                    case "symlink":
                        var linkTarget = parts[2].Replace("{outside}", site.Outside, StringComparison.Ordinal);
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        try
                        {
                            var resolved = Path.IsPathRooted(linkTarget) ? linkTarget : Path.Combine(Path.GetDirectoryName(path)!, linkTarget);
                            if (Directory.Exists(resolved))
                            {
                                Directory.CreateSymbolicLink(path, linkTarget);
                            }
                            else
                            {
                                File.CreateSymbolicLink(path, linkTarget);
                            }
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                        {
                            Skip.If(true, $"this system cannot create symbolic links ({e.Message})");
                        }

                        break;
                    case "hardlink":
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        Skip.If(OperatingSystem.IsWindows() || MakeHardLink(parts[2].Replace("{outside}", site.Outside, StringComparison.Ordinal), path) != 0,
                            "this system cannot make a hard link here");
                        break;
                    case "fifo":
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        Skip.If(OperatingSystem.IsWindows() || MakeFifo(path, 0b110_100_100) != 0, "this system cannot make a FIFO");
                        break;
                    default:
                        throw new InvalidOperationException($"unknown setup command '{command}'");
                }
            }
        }
    }
}

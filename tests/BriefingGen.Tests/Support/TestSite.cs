using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Support;

/// <summary>
/// A small site written into a temporary folder from one text, Hugo style: each file starts with a line
/// <c>-- path --</c>. Built through the library, as the CLI does.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite(string files)
    {
        Root = Path.Combine(Path.GetTempPath(), "bg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in Split(files))
        {
            WriteFile(path, text);
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>A minimal valid site: config and a home page, plus the given files.</summary>
    public static TestSite With(string files = "") => new(
        "-- site.config.yml --\ntitle: Test briefings\n-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" + files);

    /// <summary>A minimal valid site that asks for print editions (<c>print: editions: true</c>), plus the given files.</summary>
    public static TestSite WithPrintEditions(string files = "") => new(
        "-- site.config.yml --\ntitle: Test briefings\nprint:\n  editions: true\n-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" + files);

    public void WriteFile(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build(bool strict = false, bool write = true, string? baseUrl = null, bool search = false) =>
        SiteBuilder.Build(new BuildOptions { Source = Root, Strict = strict, Write = write, BaseUrl = baseUrl, Search = search });

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>Every output file, by path from the output root ('/' separated), in ordinal order.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static IEnumerable<(string Path, string Text)> Split(string files)
    {
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in (files.EndsWith('\n') ? files[..^1] : files).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" --", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return (path, text.ToString());
                }

                path = line.Trim()[3..^3].Trim();
                text.Clear();
                continue;
            }

            text.Append(line).Append('\n');
        }

        if (path is not null)
        {
            yield return (path, text.ToString());
        }
    }
}

/// <summary>Assertions on diagnostics that read like the editor's view of them.</summary>
public static class DiagnosticAssert
{
    public static Diagnostic Single(BuildResult result, string code)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1,
            $"expected one {code}, got {matching.Count}:\n{string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    public static void At(BuildResult result, string code, string path, int line, int column)
    {
        var diagnostic = Single(result, code);
        Assert.Equal($"{path}:{line}:{column}", diagnostic.Span.ToString());
    }

    public static void Clean(BuildResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "expected no diagnostics, got:\n" + string.Join("\n", result.Diagnostics));
}

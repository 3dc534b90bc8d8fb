using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Links;

/// <summary>
/// The bundled collection with every site-path link of its pages rewritten as editors write them elsewhere, relative
/// to the page (<c>../x/</c>) or to the file (<c>x.md</c>), builds without a link error, and its print editions' links
/// all lead to files of the output.
/// </summary>
public sealed partial class RelativeBundledSiteTests
{
    [Fact]
    public void The_bundled_site_with_relative_links_builds_and_its_print_editions_links_work()
    {
        using var copy = new TemporaryFolder(Directory.CreateTempSubdirectory("bg-relative-").FullName);
        foreach (var folder in new[] { "content", "templates" })
        {
            CopyFolder(Repository.Path(folder), Path.Combine(copy.Path, folder));
        }

        File.Copy(Repository.Path("site.config.yml"), Path.Combine(copy.Path, "site.config.yml"));
        var rewritten = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(copy.Path, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetRelativePath(copy.Path, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var relative = SitePathLink().Replace(text, m => "](" + Relative(copy.Path, source, m.Groups[1].Value, rewritten++ % 2 == 0) + m.Groups[2].Value + ")");
            File.WriteAllText(file, relative);
        }

        Assert.True(rewritten > 10, $"only {rewritten} links were rewritten");
        var output = Path.Combine(copy.Path, "_site");
        var result = SiteBuilder.Build(new BuildOptions { Source = copy.Path, Output = output, Search = false });

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.BrokenFragment);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var print = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(p => p.Contains("/paper/", StringComparison.Ordinal) || p.Contains("/handout/", StringComparison.Ordinal) || p.StartsWith("packs/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("packs/roundtable-pack/index.html", print);
        Assert.All(print, page => Assert.Empty(OutputLinks.Dead(output, page)));
    }

    // "/case-studies/x/" written in a page at content/<a>/<b>.md becomes "../x/" (from the page's address) or "x.md"
    // (from the file, when the target has one).
    private static string Relative(string root, string source, string target, bool asFile)
    {
        var targetPath = target.Trim('/');
        var file = new[] { $"content/{targetPath}.md", $"content/{targetPath}/_index.md", $"content/{targetPath}/index.md" }
            .FirstOrDefault(f => File.Exists(Path.Combine(root, f)));
        if (asFile && file is not null && !file.EndsWith("/_index.md", StringComparison.Ordinal))
        {
            return Path.GetRelativePath(Path.GetDirectoryName(Path.Combine(root, source))!, Path.Combine(root, file)).Replace('\\', '/');
        }

        var name = Path.GetFileNameWithoutExtension(source);
        var folder = source["content/".Length..];
        folder = folder.Contains('/') ? folder[..(folder.LastIndexOf('/') + 1)] : "";
        var pageUrl = name is "index" or "_index" ? folder : folder + name + "/";
        var depth = pageUrl.Count(c => c == '/');
        var up = string.Concat(Enumerable.Repeat("../", depth));
        return up + (targetPath.Length == 0 ? "" : targetPath + "/") is { Length: > 0 } link ? link : "./";
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    // A Markdown link target that is a site path: "](/case-studies/x/)" or "](/case-studies/x/#part)".
    [GeneratedRegex(@"\]\((/[^)#\s]*?)(#[^)\s]*)?\)")]
    private static partial Regex SitePathLink();
}

using BriefingGen.Parsing;
using BriefingGen.Rendering;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Specs;

/// <summary>
/// The spec examples as one site: the fixed data set in <c>Specs/site/</c> and one page per example
/// (<c>content/spec/term-links-3.md</c>), read and resolved once. A page's body is rendered as its layout would render
/// it; the site is never written, so examples whose references do not resolve (errors in a build) show their HTML too.
/// </summary>
public static class SpecSite
{
    private static readonly Lazy<(BriefingGen.Model.Site Site, PageRenderer Renderer)> Loaded = new(Load);

    /// <summary>The HTML the page of <paramref name="example"/> has between its content's <c>div</c> tags.</summary>
    public static string Body(SpecExample example)
    {
        var (site, renderer) = Loaded.Value;
        var page = site.FindBySource(SourcePath(example)) ?? throw new InvalidOperationException($"no page for {SourcePath(example)}");
        return page.Body is null ? "" : renderer.WithContext(page, context => BriefingHtmlRenderer.RenderBody(page.Body, context));
    }

    private static string SourcePath(SpecExample example) => $"content/spec/{Path.GetFileNameWithoutExtension(example.File)}-{example.Number}.md";

    private static (BriefingGen.Model.Site, PageRenderer) Load()
    {
        var root = Path.Combine(Path.GetTempPath(), "bg-specs-" + Guid.NewGuid().ToString("N")[..12]);
        TemporaryFolder.DeleteAtExit(root);
        var data = Path.Combine(SpecExample.Folder, "site");
        foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(root, "content", "_index.md"), "---\ntitle: Home\n---\n");
        Directory.CreateDirectory(Path.Combine(root, "content", "spec"));
        foreach (var example in SpecExample.All)
        {
            File.WriteAllText(Path.Combine(root, SourcePath(example)), $"---\ntitle: Example {example.Number}\n---\n{example.Markdown}");
        }

        var (site, renderer, _) = SiteBuilder.LoadRenderer(new BuildOptions { Source = root });
        return (site, renderer);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingGen.Checking;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Parsing;
using BriefingGen.Printing;
using BriefingGen.Rendering;
using BriefingGen.Writing;

namespace BriefingGen;

/// <summary>
/// Builds a site: config, load, parse, model, render, check, write, each on the previous one's output. Render, reading a
/// page's links and writing it into the staging folder go page by page in one parallel pass; the check then reads all links.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var written = 0;
        var pdfs = 0;
        string? outputPath = null;
        var notes = new List<string>();
        IReadOnlyDictionary<string, string> texts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var timings = new StageTimings();
            var config = LoadConfig(options, diagnostics);
            outputPath = ResolveOutput(options, config, diagnostics);
            var sources = SiteLoader.Load(options.Source, config, diagnostics);
            texts = sources.Texts();

            timings.Mark("load");
            var pipeline = MarkdownPipelineFactory.Create(config.UnsafeHtml);
            var (pages, data) = Parse(sources, pipeline, diagnostics);
            timings.Mark("parse");
            var pagefind = options.Search && options.Write ? Indexing.PagefindLocator.Find(options.Source, config.Pagefind) : null;
            if (options.Search && options.Write && pagefind is null)
            {
                notes.Add(Indexing.PagefindLocator.InstallHint);
            }

            var site = SiteModelBuilder.Build(config, pages, data, pipeline, options.Drafts, diagnostics, search: pagefind is not null,
                loadedPages: sources.PagePaths);
            timings.Mark("model");
            var browser = options.Pdf ? FindBrowser(config, diagnostics) : null;
            var templates = new TemplateCatalog(sources.Templates, diagnostics);
            var renderer = new PageRenderer(site, templates, pipeline, diagnostics, pdfsEnabled: browser is not null);
            using var writer = options.Write && !Failed(options, diagnostics) && outputPath is not null ? OutputWriter.Open(outputPath, diagnostics) : null;
            var (rendered, found, unwritten) = RenderAndWrite(site, renderer, writer);
            timings.Mark("render"); // and the pages' links read and the pages written

            var jobs = browser is null ? [] : PrintStage.Jobs(site);
            var later = jobs.Select(j => j.PdfPath).Concat(pagefind is null ? [] : ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"]).ToList();
            LinkChecker.Check(rendered, found, sources.Assets, later, diagnostics, LinkSources.Of(site, rendered));
            var pathsOk = OutputPaths.Check(rendered, sources.Assets.Where(a => a.DisplayPath.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal)).ToList(), diagnostics);
            if (pathsOk && unwritten.Count > 0)
            {
                // A page that shares its path with another was refused above; any other failure (a full disk, say) has
                // one cause for all pages, so it is reported once.
                var (page, error) = unwritten[0];
                var others = unwritten.Count == 1 ? "" : $" (and {unwritten.Count - 1} more pages)";
                diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(page.Origin), $"could not write {page.OutputPath}{others}: {error}");
            }

            timings.Mark("check");

            if (writer is not null && !Failed(options, diagnostics))
            {
                var printed = Finish(writer, rendered, sources.Assets, staging =>
                {
                    if (pagefind is { } indexer)
                    {
                        Indexing.PagefindIndexer.Run(indexer, staging, diagnostics);
                    }

                    return browser is null ? 0 : PrintStage.RunAsync(jobs, browser, staging, config.BaseUrl ?? PrintOrigin, site, options.OnPrint, diagnostics).GetAwaiter().GetResult();
                },
                    () => !Failed(options, diagnostics));
                (written, pdfs) = printed is { } count ? (rendered.Count, count) : (0, 0);
                timings.Mark("write");
            }

            timings.Report();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(options.Source),
                $"internal error: {e.GetType().Name}: {e.Message}");
        }

        return new BuildResult(diagnostics.Sorted(texts), written, outputPath, clock.Elapsed, options.Strict, pdfs) { Notes = notes };
    }

    /// <summary>Where print pages are loaded from when the site has no base URL: a name that never reaches the network.</summary>
    public const string PrintOrigin = "http://briefinggen.localhost/";

    private static bool Failed(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);

    private static string? FindBrowser(SiteConfig config, DiagnosticBag diagnostics)
    {
        var browser = BrowserLocator.Find(config.Print.Browser);
        if (browser is null)
        {
            diagnostics.Warning(DiagnosticCodes.BrowserMissing, SourceSpan.File("--pdf"), BrowserLocator.InstallHint);
        }

        return browser;
    }

    /// <summary>Reads and resolves a site without rendering it: the model that the build renders, for tools and tests.</summary>
    public static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) LoadModel(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = LoadConfig(options, diagnostics);
        var sources = SiteLoader.Load(options.Source, config, diagnostics);
        var pipeline = MarkdownPipelineFactory.Create(config.UnsafeHtml);
        var (pages, data) = Parse(sources, pipeline, diagnostics);
        var site = SiteModelBuilder.Build(config, pages, data, pipeline, options.Drafts, diagnostics);
        return (site, diagnostics.Sorted());
    }

    internal static SiteConfig LoadConfig(BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Load(options.Source, diagnostics);
        if (options.BaseUrl is not null)
        {
            var baseUrl = ConfigLoader.NormaliseBaseUrl(options.BaseUrl);
            if (baseUrl is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, SourceSpan.File("--base-url"),
                    $"'{options.BaseUrl}' is not an absolute http or https address");
            }

            config = config with { BaseUrl = baseUrl };
        }

        return config;
    }

    /// <summary>The output folder, refused when writing there would overwrite the site itself.</summary>
    internal static string? ResolveOutput(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        var source = Path.GetFullPath(options.Source).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.Output ?? Path.Combine(options.Source, config.Output));
        var outputWithSlash = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var inside = (string folder) => outputWithSlash.StartsWith(Path.Combine(source, folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (Path.GetPathRoot(output) == output || source.StartsWith(outputWithSlash, StringComparison.Ordinal) ||
            inside(SiteLoader.ContentFolder) || inside(SiteLoader.TemplatesFolder))
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderRefused, SourceSpan.File(options.Output is null ? ConfigLoader.FileName : "--output"),
                $"refusing to write the site to '{output}': the output folder must not be the site folder, a folder above it, its content or templates folder, or '/'");
            return null;
        }

        return output;
    }

    private static (List<ParsedPage> Pages, List<ParsedDataFile> Data) Parse(SiteSources sources, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var pages = new ParsedPage?[sources.Pages.Count];
        Parallel.For(0, sources.Pages.Count, i =>
        {
            try
            {
                pages[i] = PageParser.Parse(sources.Pages[i], pipeline, diagnostics, sources.Config.Limits.MaxLineLength);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(sources.Pages[i].Path),
                    $"internal error while reading this page: {e.GetType().Name}: {e.Message}");
            }
        });
        var data = sources.DataFiles.Select(f => DataFileParser.Parse(f, pipeline, diagnostics)).OfType<ParsedDataFile>().ToList();
        CheckConfigTexts(sources.Config, pipeline, diagnostics);
        return (pages.OfType<ParsedPage>().ToList(), data);
    }

    /// <summary>The config's texts (pack introductions are Markdown) hold no refused link; its other problems were reported when it was read.</summary>
    internal static void CheckConfigTexts(Config.SiteConfig config, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (config.Text is { } text)
        {
            Parsing.Links.UnsafeLinkCheck.InYamlFile(text, ConfigLoader.FileName, pipeline, diagnostics);
        }
    }

    /// <summary>
    /// Renders each page, reads its links and writes it into the staging folder, in parallel, and keeps no page's HTML:
    /// at 10,000 pages the HTML of a whole site would be a gigabyte held until the end. A failed build never swaps the
    /// staging folder in, so writing before the link check is safe.
    /// </summary>
    private static (List<RenderedPage> Pages, PageLinks[] Links, List<(RenderedPage Page, string Error)> Unwritten) RenderAndWrite(
        Site site, PageRenderer renderer, OutputWriter? writer)
    {
        var pages = new RenderedPage?[site.Pages.Count];
        var links = new PageLinks?[site.Pages.Count];
        var unwritten = new ConcurrentBag<(int, string)>();
        var resolved = new ResolvedLinks();
        Parallel.For(0, site.Pages.Count, i =>
        {
            if (renderer.Render(site.Pages[i]) is not { } page)
            {
                return;
            }

            links[i] = LinkChecker.Read(page, resolved);
            if (writer is not null && Write(writer, page) is { } error)
            {
                unwritten.Add((i, error));
            }

            pages[i] = page with { Html = "" }; // written already; later steps need only where and from what
        });

        var kept = new List<RenderedPage>(pages.Length);
        var found = new List<PageLinks>(pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i] is { } page)
            {
                kept.Add(page);
                found.Add(links[i]!);
            }
        }

        return (kept, found.ToArray(), unwritten.OrderBy(u => u.Item1).Select(u => (pages[u.Item1]!, u.Item2)).ToList());
    }

    // The reason the page could not be written, or null.
    private static string? Write(OutputWriter writer, RenderedPage page)
    {
        try
        {
            writer.WriteText(page.OutputPath, page.Html);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    /// <summary>Adds the assets to the staging folder, prints PDFs there, and swaps it in if all went well; the PDFs printed, or null when not swapped in.</summary>
    private static int? Finish(OutputWriter writer, IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, Func<string, int> print, Func<bool> stillGood)
    {
        var pageFiles = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in assets.Where(a => !pageFiles.Contains(a.OutputPath)))
        {
            writer.Write(asset.OutputPath, asset.Bytes);
        }

        var pdfs = print(writer.Staging);
        if (!stillGood())
        {
            return null;
        }

        writer.Commit();
        return pdfs;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingGen.Checking;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Files;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Model.Language;
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
            var sources = SiteLoader.Load(options.Source, config, diagnostics, output: outputPath);
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
            var text = InterfaceLanguage.Choose(config.Language, sources.LanguageFiles, diagnostics, config.LanguageAt);
            var renderer = new PageRenderer(site, templates, pipeline, diagnostics, pdfsEnabled: browser is not null, text);
            using var writer = options.Write && !Failed(options, diagnostics) && outputPath is not null ? OutputWriter.Open(outputPath, diagnostics, config.Limits.MaxOutputBytes) : null;
            var (rendered, found, unwritten, sizes) = RenderAndWrite(site, renderer, writer);
            timings.Mark("render"); // and the pages' links read and the pages written

            var jobs = browser is null ? [] : PrintStage.Jobs(site);
            PrintStage.WarnWithoutAddress(site, jobs, diagnostics);
            var later = jobs.Select(j => j.PdfPath).Concat(pagefind is null ? [] : ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"]).ToList();
            LinkChecker.Check(rendered, found, sources.Assets, later, diagnostics, LinkSources.Of(site, rendered));
            var pathsOk = OutputPaths.Check(rendered, sources.Assets.Where(a => a.DisplayPath.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal)).ToList(), diagnostics, later);
            if (pathsOk && unwritten.Count > 0)
            {
                // A page that shares its path with another was refused above; any other failure (a full disk, say) has
                // one cause for all pages, so it is reported once.
                var (page, error) = unwritten[0];
                var others = unwritten.Count == 1 ? "" : $" (and {unwritten.Count - 1} more pages)";
                diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(page.Origin), $"could not write {page.OutputPath}{others}: {error}");
            }

            if (writer?.RefusedForSize is not null)
            {
                ReportTooLarge(rendered.Select((p, i) => (p.OutputPath, sizes[i])), rendered, sources.Assets, config.Limits.MaxOutputBytes, diagnostics);
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
                    () => !Failed(options, diagnostics),
                    assetSizes => ReportTooLarge(rendered.Select((p, i) => (p.OutputPath, sizes[i])).Concat(assetSizes), rendered, sources.Assets,
                        config.Limits.MaxOutputBytes, diagnostics));
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

    /// <summary>
    /// Reads and resolves a site, and makes the renderer a build would render it with, without rendering: for tools
    /// and tests that render part of a page (see <see cref="PageRenderer.WithContext"/>).
    /// </summary>
    public static (Site Site, PageRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics) LoadRenderer(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = LoadConfig(options, diagnostics);
        var sources = SiteLoader.Load(options.Source, config, diagnostics);
        var pipeline = MarkdownPipelineFactory.Create(config.UnsafeHtml);
        var (pages, data) = Parse(sources, pipeline, diagnostics);
        var site = SiteModelBuilder.Build(config, pages, data, pipeline, options.Drafts, diagnostics);
        var templates = new TemplateCatalog(sources.Templates, diagnostics);
        var text = InterfaceLanguage.Choose(config.Language, sources.LanguageFiles, diagnostics, config.LanguageAt);
        return (site, new PageRenderer(site, templates, pipeline, diagnostics, text: text), diagnostics.Sorted());
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

    /// <summary>The full path of the folder a build of <paramref name="options"/> writes; null, with the reason, when it is refused.</summary>
    public static string? OutputFolder(BuildOptions options, DiagnosticBag diagnostics) =>
        ResolveOutput(options, LoadConfig(options, diagnostics), diagnostics);

    /// <summary>
    /// The output folder's real path, refused when a build there would overwrite the site itself or a folder that
    /// is not a BriefingGen output (see <see cref="OutputWriter.MarkerFile"/>).
    /// </summary>
    internal static string? ResolveOutput(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        var where = SourceSpan.File(options.Output is null ? ConfigLoader.FileName : "--output");
        var given = options.Output ?? Path.Combine(options.Source, config.Output);
        var source = RealPath.Of(options.Source) ?? Path.GetFullPath(options.Source);
        var output = OutputLocation.RealPathOf(given);
        string? problem = null;
        if (output is null)
        {
            problem = "it cannot be resolved (a loop of symbolic links, or a path too long)";
        }
        else if (FileEntry.Probe(output).Kind is not (EntryKind.Directory or EntryKind.Missing))
        {
            problem = "it is a file, not a folder";
        }
        else if (Path.GetPathRoot(output) == output || RealPath.IsInside(source, output) ||
                 RealPath.IsInside(output, Path.Join(source, SiteLoader.ContentFolder)) || RealPath.IsInside(output, Path.Join(source, SiteLoader.TemplatesFolder)))
        {
            problem = "the output folder must not be the site folder, a folder above it, its content or templates folder, or '/'";
        }
        else if (!OutputWriter.MayReplace(output))
        {
            problem = $"it is not empty and was not written by BriefingGen (it has no {OutputWriter.MarkerFile} file), so a build would delete what it holds; " +
                      "empty it or choose another output folder";
        }

        if (problem is null)
        {
            return output;
        }

        diagnostics.Error(DiagnosticCodes.OutputFolderRefused, where, $"refusing to write the site to '{output ?? given}': {problem}");
        return null;
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
        var data = sources.DataFiles.Select(f => DataFileParser.Parse(f, pipeline, diagnostics, sources.Config.Limits.MaxTextLength)).OfType<ParsedDataFile>().ToList();
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
    private static (List<RenderedPage> Pages, PageLinks[] Links, List<(RenderedPage Page, string Error)> Unwritten, long[] Sizes) RenderAndWrite(
        Site site, PageRenderer renderer, OutputWriter? writer)
    {
        var pages = new RenderedPage?[site.Pages.Count];
        var sizes = new long[site.Pages.Count];
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
            if (writer is not null && Write(writer, page, out sizes[i]) is { } error)
            {
                unwritten.Add((i, error));
            }

            pages[i] = page with { Html = "" }; // written already; later steps need only where and from what
        });

        var kept = new List<RenderedPage>(pages.Length);
        var found = new List<PageLinks>(pages.Length);
        var keptSizes = new List<long>(pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i] is { } page)
            {
                kept.Add(page);
                found.Add(links[i]!);
                keptSizes.Add(sizes[i]);
            }
        }

        return (kept, found.ToArray(), unwritten.OrderBy(u => u.Item1).Select(u => (pages[u.Item1]!, u.Item2)).ToList(), keptSizes.ToArray());
    }

    // The reason the page could not be written, or null.
    private static string? Write(OutputWriter writer, RenderedPage page, out long size)
    {
        size = 0;
        try
        {
            writer.WriteText(page.OutputPath, page.Html, out var bytes); // refused over the size limit: reported once, after all pages
            size = bytes;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    // At the page or asset whose file takes the output past the limit, counting the files in the order given.
    internal static void ReportTooLarge(IEnumerable<(string Path, long Bytes)> files, IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, long maxBytes,
        DiagnosticBag diagnostics)
    {
        if (OutputSize.FirstOver(files, maxBytes) is not { } refused)
        {
            return;
        }

        var origin = pages.FirstOrDefault(p => p.OutputPath == refused)?.Origin
                     ?? assets.FirstOrDefault(a => a.OutputPath == refused)?.DisplayPath ?? refused;
        diagnostics.Error(DiagnosticCodes.OutputTooLarge, SourceSpan.File(origin),
            $"writing {refused} takes the site's output past {maxBytes:N0} bytes (limits.max_output_bytes), so nothing was published; " +
            "look for what makes the pages so large (a very long data text embedded on many pages?) or raise limits.max_output_bytes in site.config.yml");
    }

    /// <summary>Adds the assets to the staging folder, prints PDFs there, and swaps it in if all went well; the PDFs printed, or null when not swapped in.</summary>
    private static int? Finish(OutputWriter writer, IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, Func<string, int> print, Func<bool> stillGood,
        Action<IEnumerable<(string, long)>> tooLarge)
    {
        var pageFiles = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var written = assets.Where(a => !pageFiles.Contains(a.OutputPath)).ToList();
        foreach (var asset in written)
        {
            if (!writer.Write(asset.OutputPath, asset.Bytes))
            {
                tooLarge(written.Select(a => (a.OutputPath, (long)a.Bytes.Length)));
                return null;
            }
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

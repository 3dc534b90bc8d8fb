using System.Diagnostics;
using System.Text;
using BriefingGen.Checking;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Incremental;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Parsing;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Cards;
using BriefingGen.Writing;
using Markdig;

namespace BriefingGen.Pipeline;

/// <summary>
/// A build's stages as calls in order: config, load, parse, model, render, check, write, print. <c>build</c>,
/// <c>check</c>, <c>serve</c> and the tests all go through it. Its memo says what may be reused from the last build
/// (<see cref="BuildMemo.None"/> for a one-off build); what is reused is decided here, around the stage calls, never
/// inside a stage, and the output is the same either way.
/// </summary>
public static class SitePipeline
{
    /// <summary>Where print pages are loaded from when the site has no base URL: a name that never reaches the network.</summary>
    public const string PrintOrigin = "http://briefinggen.localhost/";

    /// <param name="changed">
    /// The full paths a file watcher saw change since the memo's last build (serve), or null when not known: then every
    /// file is looked at. Files not named are taken as they were, so a watcher that may have missed events must pass null.
    /// </param>
    public static BuildResult Build(BuildOptions options, BuildMemo memo, IReadOnlyCollection<string>? changed = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var notes = new List<string>();
        string? output = null;
        SiteSources? sources = null;
        var (pagesWritten, pdfs) = (0, 0);
        if (memo.Failed)
        {
            changed = null; // the changes the failed build was told of were not all taken in
        }

        try
        {
            var timings = new StageTimings();
            var config = SiteSettings.Load(options, diagnostics);
            output = SiteSettings.OutputFolder(options, config, diagnostics);
            var tools = BuildTools.Find(options, config, diagnostics, notes);
            var read = Read(options, config, output, tools.Search, memo, changed, diagnostics, timings);
            (sources, var site) = (read.Sources, read.Site);
            var theme = Theme(sources, memo, diagnostics);
            var renderer = new PageRenderer(site, theme.Templates, read.Markdown, diagnostics, pdfsEnabled: tools.Browser is not null, theme.Text,
                new Rendering.Images.ImageSizes(sources.Assets));
            var jobs = tools.PrintJobs(site);
            Printing.PrintStage.WarnWithoutAddress(site, jobs, diagnostics);
            using var staging = !memo.Remembers && options.Write && output is not null && !Failed(options, diagnostics)
                ? OutputWriter.Open(output, diagnostics, config.Limits.MaxOutputBytes)
                : null;
            var rendered = Render(site, theme, renderer, staging, memo);
            timings.Mark("render");
            // The social cards are written with the theme's and content's files, after them (a content file may not take a card's place).
            var cards = SocialCardFiles.Make(site, theme.Text, notes, memo.Cards?.Cards());
            var generated = FilesBesidePages(rendered.Pages, cards);
            var assets = generated.Count == 0 ? sources.Assets : [.. sources.Assets, .. generated];
            timings.Mark("cards");
            Check(rendered, site, sources, assets, [.. tools.LaterFiles(jobs), .. generated.Select(c => c.OutputPath)], staging, memo, diagnostics, timings);
            if (Write(rendered, assets, sources.Config, output, staging, memo, options, diagnostics) is { } folder)
            {
                var printed = tools.IndexAndPrint(folder, site, jobs, options, diagnostics);
                if (Publish(staging, options, diagnostics))
                {
                    (pagesWritten, pdfs) = (rendered.Pages.Count, printed);
                }
            }

            timings.Mark("write");
            timings.Report();
            memo.Failed = false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            memo.Failed = memo.Remembers;
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(options.Source), $"internal error: {e.GetType().Name}: {e.Message}");
        }

        return new BuildResult(diagnostics.Sorted(diagnostics.IsEmpty ? null : sources?.Texts()), pagesWritten, output, clock.Elapsed, options.Strict, pdfs)
        {
            Notes = notes,
        };
    }

    /// <summary>Reads and resolves a site without rendering it: the model that the build renders, for tools and tests.</summary>
    public static (Site Site, IReadOnlyList<Diagnostic> Diagnostics) Model(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var site = ReadOnce(options, diagnostics).Site;
        return (site, diagnostics.Sorted());
    }

    /// <summary>
    /// Reads and resolves a site, and makes the renderer a build would render it with, without rendering: for tools
    /// and tests that render part of a page (see <see cref="PageRenderer.WithContext"/>).
    /// </summary>
    public static (Site Site, PageRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics) Renderer(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var read = ReadOnce(options, diagnostics);
        var theme = SiteTheme.Read(read.Sources, diagnostics);
        return (read.Site, new PageRenderer(read.Site, theme.Templates, read.Markdown, diagnostics, text: theme.Text,
            images: new Rendering.Images.ImageSizes(read.Sources.Assets)), diagnostics.Sorted());
    }

    // Nothing is written, so there is no search index (the search box shows only on an indexed site) and no PDF.
    private static SiteRead ReadOnce(BuildOptions options, DiagnosticBag diagnostics) =>
        Read(options, SiteSettings.Load(options, diagnostics), output: null, search: false, BuildMemo.None, changed: null, diagnostics, new StageTimings());

    private sealed record SiteRead(SiteSources Sources, MarkdownPipeline Markdown, Site Site);

    // Load, parse, model: the stages every caller needs.
    private static SiteRead Read(BuildOptions options, SiteConfig config, string? output, bool search, BuildMemo memo, IReadOnlyCollection<string>? changed,
        DiagnosticBag diagnostics, StageTimings timings)
    {
        var sources = memo.Texts is { } texts
            ? texts.Load(options.Source, config, diagnostics, changed, output)
            : SiteLoader.Load(options.Source, config, diagnostics, output);
        timings.Mark("load");
        var markdown = MarkdownPipelineFactory.Create(config.UnsafeHtml);
        var (pages, data) = Parse(sources, markdown, memo, diagnostics);
        timings.Mark("parse");
        // Git's history is input too: a page's "Updated" date when its front matter gives none.
        var root = SiteLoader.RootOf(options.Source);
        var commits = !options.CommitDates ? CommitDates.None : memo.Commits is { } dates ? dates.Read(root) : GitHistory.Read(root);
        var site = memo.Model is { } models
            ? models.Build(config, pages, data, markdown, options.Drafts, diagnostics, search, sources.PagePaths, commits)
            : SiteModelBuilder.Build(config, pages, data, markdown, options.Drafts, diagnostics, search, sources.PagePaths, commits);
        timings.Mark("model");
        return new SiteRead(sources, markdown, site);
    }

    private static (List<ParsedPage> Pages, List<ParsedDataFile> Data) Parse(SiteSources sources, MarkdownPipeline markdown, BuildMemo memo, DiagnosticBag diagnostics)
    {
        var limits = sources.Config.Limits;
        var (pages, data) = memo.Parses is { } parses
            ? (parses.Pages(sources, markdown, diagnostics), parses.Data(sources, markdown, diagnostics))
            : (ParsePages(sources, markdown, diagnostics),
                sources.DataFiles.Select(f => DataFileParser.Parse(f, markdown, diagnostics, limits.MaxTextLength)).OfType<ParsedDataFile>().ToList());

        // The config's texts (pack introductions are Markdown) hold no refused link; its other problems were reported when it was read.
        if (sources.Config.Text is { } text)
        {
            Parsing.Links.UnsafeLinkCheck.InYamlFile(text, ConfigLoader.FileName, markdown, diagnostics);
        }

        return (pages, data);
    }

    private static List<ParsedPage> ParsePages(SiteSources sources, MarkdownPipeline markdown, DiagnosticBag diagnostics)
    {
        var pages = new ParsedPage?[sources.Pages.Count];
        Parallel.For(0, sources.Pages.Count, i => pages[i] = PageParser.Parse(sources.Pages[i], markdown, diagnostics, sources.Config.Limits.MaxLineLength));
        return pages.OfType<ParsedPage>().ToList();
    }

    private static SiteTheme Theme(SiteSources sources, BuildMemo memo, DiagnosticBag diagnostics) =>
        memo.Theme is { } themes ? themes.Read(sources, diagnostics) : SiteTheme.Read(sources, diagnostics);

    // A one-off build renders, reads and writes each page in one pass (see StagedOutput); a memo renders the pages whose dependencies changed.
    private static StagedOutput.Rendered Render(Site site, SiteTheme theme, PageRenderer renderer, OutputWriter? staging, BuildMemo memo)
    {
        if (memo.Renders is not { } renders)
        {
            return StagedOutput.RenderAndWrite(site, renderer, staging);
        }

        return new StagedOutput.Rendered(renders.Render(site, theme, renderer), [], [], []);
    }

    // The files rendering made beside the pages (citation files) and the social cards: written with the assets, and
    // none of them may be written over by a file of the content.
    private static List<AssetFile> FilesBesidePages(List<RenderedPage> pages, List<AssetFile> cards)
    {
        var files = new List<AssetFile>();
        foreach (var page in pages)
        {
            files.AddRange(page.Files);
        }

        files.AddRange(cards);
        return files;
    }

    private static void Check(StagedOutput.Rendered rendered, Site site, SiteSources sources, IReadOnlyList<AssetFile> assets, List<string> later,
        OutputWriter? staging, BuildMemo memo, DiagnosticBag diagnostics, StageTimings timings)
    {
        var pages = rendered.Pages;
        var linkSources = LinkSources.Collect(site, pages);
        var contentAssets = sources.Assets.Where(a => a.DisplayPath.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal)).ToList();
        var maxBytes = sources.Config.Limits.MaxOutputBytes;
        timings.Mark("link sources");
        if (memo.Remembers)
        {
            memo.Links!.Check(pages, sources.Assets, later, diagnostics, linkSources);
            timings.Mark("links");
            memo.OutputPaths!.Check(pages, contentAssets, later, diagnostics);
            timings.Mark("paths");
            // Checked before anything is written: the pages are in memory, and their sizes counted once each.
            if (memo.OutputSizes!.Total(pages, assets) > maxBytes)
            {
                OutputSize.ReportFirstOver(memo.OutputSizes.Files(pages, assets), pages, assets, maxBytes, diagnostics);
            }

            timings.Mark("sizes");
            return;
        }

        LinkChecker.Check(pages, rendered.Links, sources.Assets, later, diagnostics, linkSources);
        timings.Mark("links");
        if (OutputPaths.Check(pages, contentAssets, diagnostics, later) && rendered.Unwritten.Count > 0)
        {
            // A page that shares its path with another was refused above; any other failure (a full disk, say) has
            // one cause for all pages, so it is reported once.
            var (page, error) = rendered.Unwritten[0];
            var others = rendered.Unwritten.Count == 1 ? "" : $" (and {rendered.Unwritten.Count - 1} more pages)";
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(page.Origin), $"could not write {page.OutputPath}{others}: {error}");
        }

        if (staging?.RefusedForSize is not null)
        {
            OutputSize.ReportFirstOver(pages.Select((p, i) => (p.OutputPath, rendered.Sizes[i])), pages, assets, maxBytes, diagnostics);
        }

        timings.Mark("paths");
    }

    // The folder that now holds every page and asset (a one-off build's staging folder, a memo's live output), or null when nothing may be written.
    private static string? Write(StagedOutput.Rendered rendered, IReadOnlyList<AssetFile> assets, SiteConfig config, string? output, OutputWriter? staging,
        BuildMemo memo, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (!options.Write || output is null || Failed(options, diagnostics))
        {
            if (memo.Remembers)
            {
                memo.LastWritten = [];
            }

            return null;
        }

        if (memo.Remembers)
        {
            memo.LastWritten = memo.Output(output).Update(rendered.Pages, assets);
            return output;
        }

        var pages = rendered.Pages;
        return staging is not null && StagedOutput.WriteAssets(staging, pages, assets, assetSizes => OutputSize.ReportFirstOver(
                pages.Select((p, i) => (p.OutputPath, rendered.Sizes[i])).Concat(assetSizes), pages, assets, config.Limits.MaxOutputBytes, diagnostics))
            ? staging.Staging
            : null;
    }

    // A one-off build's staging folder is swapped in when nothing failed meanwhile; a memo's output was updated in place.
    private static bool Publish(OutputWriter? staging, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (staging is null)
        {
            return true;
        }

        if (Failed(options, diagnostics))
        {
            return false;
        }

        staging.Commit();
        return true;
    }

    private static bool Failed(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);
}

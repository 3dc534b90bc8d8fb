using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Model.Language;
using BriefingGen.Parsing;
using BriefingGen.Rendering;
using BriefingGen.Writing;

namespace BriefingGen;

/// <summary>
/// Builds a site again and again (as <c>serve</c> does), redoing only what a change touches: files are parsed
/// again only when their text changed, pages rendered again only when their <see cref="PageFingerprint"/> changed,
/// links checked again only on pages whose HTML changed, and files written only when their bytes changed.
/// The output is always the same as a full build's. Given the output folder's lock (serve holds it while it runs), it
/// writes under that lock.
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options, FileStream? outputLock = null)
{
    private KeptByPlace<Parse> _parsed = new();
    private readonly KeptByPlace<(string? Fingerprint, RenderedPage? Page)> _rendered = new();
    private readonly LinkIndexCache _links = new();
    private readonly SourceFileCache _texts = new();
    private readonly PageUsesCache _uses = new();
    private readonly MadePages _made = new();
    private readonly PageOrder _order = new();
    private readonly PageIndexes _indexes = new();
    private readonly FingerprintCache _fingerprints = new();
    private readonly SiteKeys _siteKeys = new();
    private Dictionary<string, (string Text, ParsedDataFile? File, IReadOnlyList<Diagnostic> Diagnostics)> _data = new(StringComparer.Ordinal);
    private bool _dataUnsafeHtml;

    // Each page file's edit count: fingerprints name a file's version instead of hashing its whole text.
    private readonly Dictionary<string, string> _versions = new(StringComparer.Ordinal);
    private int _edits;

    private (bool UnsafeHtml, int MaxLineLength) _parseSettings;

    // Set while the last build stopped on an exception: the next one looks at every file.
    private bool _failed;
    private List<(string Path, string Origin)> _checkedPaths = [];
    private IReadOnlyList<Diagnostic> _pathProblems = [];
    private OutputFiles? _output;
    private KeptTemplates? _templates;

    /// <summary>How many pages the last build rendered (the rest were reused).</summary>
    public int LastRendered { get; private set; }

    /// <summary>The output files the last build wrote or deleted.</summary>
    public IReadOnlyList<string> LastWritten { get; private set; } = [];

    /// <param name="changed">
    /// The full paths a file watcher saw change since the last build (serve), or null when not known: then every
    /// file is looked at. Files not named are taken as they were, so a watcher that may have missed events must pass null.
    /// </param>
    public BuildResult Build(IReadOnlyCollection<string>? changed = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        string? outputPath = null;
        if (_failed)
        {
            changed = null; // the changes the failed build was told of were not all taken in
        }

        try
        {
            var timings = new StageTimings();
            var config = SiteBuilder.LoadConfig(options, diagnostics);
            outputPath = SiteBuilder.ResolveOutput(options, config, diagnostics);
            var sources = SiteLoader.Load(options.Source, config, diagnostics, _texts, changed, outputPath);
            timings.Mark("load");
            var pipeline = MarkdownPipelineFactory.Create(config.UnsafeHtml);
            var pages = ParseChanged(sources, pipeline, diagnostics);
            var data = ParseDataChanged(sources, pipeline, diagnostics);
            SiteBuilder.CheckConfigTexts(config, pipeline, diagnostics);
            timings.Mark("parse");
            var site = SiteModelBuilder.Build(config, pages, data, pipeline, options.Drafts, diagnostics,
                loadedPages: sources.PagePaths, usesCache: _uses, order: _order, indexes: _indexes, made: _made);
            timings.Mark("model");
            var templates = Templates(sources, diagnostics);
            var rendered = RenderChanged(site, templates, pipeline, diagnostics, timings);
            timings.Mark("render");
            LinkChecker.Check(rendered, sources.Assets, [], diagnostics, LinkSources.Of(site, rendered), _links);
            CheckOutputPaths(rendered, sources.Assets.Where(a => a.DisplayPath.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal)).ToList(), diagnostics);
            // Checked before anything is written: the pages are in memory. Three bytes a char bound most builds without an exact count.
            var maxOutput = config.Limits.MaxOutputBytes;
            if (sources.Assets.Sum(a => (long)a.Bytes.Length) + rendered.Sum(p => 3L * p.Html.Length) > maxOutput)
            {
                var files = rendered.Select(p => (p.OutputPath, (long)System.Text.Encoding.UTF8.GetByteCount(p.Html)))
                    .Concat(sources.Assets.Select(a => (a.OutputPath, (long)a.Bytes.Length)));
                SiteBuilder.ReportTooLarge(files, rendered, sources.Assets, maxOutput, diagnostics);
            }

            timings.Mark("check");

            if (!diagnostics.HasErrors && !(options.Strict && diagnostics.Sorted().Count > 0) && outputPath is not null && options.Write)
            {
                _output ??= new OutputFiles(outputPath, outputLock);
                LastWritten = _output.Update(rendered, sources.Assets);
            }
            else
            {
                LastWritten = [];
            }

            timings.Mark("write");
            timings.Report();
            _failed = false;

            return new BuildResult(diagnostics.Sorted(diagnostics.IsEmpty ? null : sources.Texts()), rendered.Count, outputPath, clock.Elapsed, options.Strict);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(options.Source), $"internal error: {e.GetType().Name}: {e.Message}");
            return new BuildResult(diagnostics.Sorted(), 0, outputPath, clock.Elapsed, options.Strict);
        }
    }

    // The output paths are checked again only when they (or where they come from) changed since the last build.
    private void CheckOutputPaths(List<RenderedPage> rendered, List<AssetFile> assets, DiagnosticBag diagnostics)
    {
        var same = _checkedPaths.Count == rendered.Count + assets.Count;
        for (var i = 0; same && i < rendered.Count; i++)
        {
            same = _checkedPaths[i] == (rendered[i].OutputPath, rendered[i].Origin);
        }

        for (var i = 0; same && i < assets.Count; i++)
        {
            same = _checkedPaths[rendered.Count + i] == (assets[i].OutputPath, assets[i].DisplayPath);
        }

        if (!same)
        {
            var own = new DiagnosticBag();
            OutputPaths.Check(rendered, assets, own);
            _pathProblems = own.Sorted();
            _checkedPaths = rendered.Select(p => (p.OutputPath, p.Origin)).Concat(assets.Select(a => (a.OutputPath, a.DisplayPath))).ToList();
        }

        foreach (var problem in _pathProblems)
        {
            diagnostics.Add(problem);
        }
    }

    // A page file's text and what parsing it gave (no text: not parsed in the last build).
    private readonly record struct Parse(string? Text, ParsedPage? Page, IReadOnlyList<Diagnostic> Diagnostics);

    private List<ParsedPage> ParseChanged(SiteSources sources, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        // A parse depends on the settings it was made with as well as on the text.
        var settings = (sources.Config.UnsafeHtml, sources.Config.Limits.MaxLineLength);
        if (settings != _parseSettings)
        {
            _parsed = new KeptByPlace<Parse>();
            _parseSettings = settings;
        }

        var files = sources.Pages;
        var kept = _parsed.For(files, FilePath);
        var results = new Parse[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (kept[i].Text is { } text && (ReferenceEquals(text, file.Text) || text == file.Text))
            {
                results[i] = kept[i] with { Text = file.Text };
                return;
            }

            var own = new DiagnosticBag();
            var page = PageParser.Parse(file, pipeline, own, sources.Config.Limits.MaxLineLength);
            results[i] = new Parse(file.Text, page, own.Sorted());
        });

        var pages = new List<ParsedPage>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (kept[i].Text is null || !ReferenceEquals(kept[i].Page, results[i].Page))
            {
                _versions[files[i].Path] = (++_edits).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (var diagnostic in results[i].Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (results[i].Page is { } page)
            {
                pages.Add(page);
            }
        }

        _parsed.Keep(files, FilePath, results);
        if (_versions.Count != files.Count)
        {
            _versions.RemoveAllBut(files.Select(FilePath));
        }

        return pages;
    }

    private static string FilePath(SourceFile file) => file.Path;

    // Data files parsed again only when their text changed, so that the model can tell the data is the same.
    private List<ParsedDataFile> ParseDataChanged(SiteSources sources, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        // Raw HTML allowed or not changes which links a text holds, so the data is read again when that setting changes.
        if (sources.Config.UnsafeHtml != _dataUnsafeHtml)
        {
            _data.Clear();
            _dataUnsafeHtml = sources.Config.UnsafeHtml;
        }

        var next = new Dictionary<string, (string, ParsedDataFile?, IReadOnlyList<Diagnostic>)>(StringComparer.Ordinal);
        var files = new List<ParsedDataFile>();
        foreach (var source in sources.DataFiles)
        {
            if (!_data.TryGetValue(source.Path, out var parsed) || parsed.Text != source.Text)
            {
                var own = new DiagnosticBag();
                parsed = (source.Text, DataFileParser.Parse(source, pipeline, own, sources.Config.Limits.MaxTextLength), own.Sorted());
            }

            next[source.Path] = parsed;
            foreach (var diagnostic in parsed.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (parsed.File is not null)
            {
                files.Add(parsed.File);
            }
        }

        _data = next;
        return files;
    }

    // The templates and interface strings read again only when one of them (or the config's language) changed.
    private KeptTemplates Templates(SiteSources sources, DiagnosticBag diagnostics)
    {
        var files = sources.Templates;
        var language = sources.Config.Language;
        if (_templates is not { } kept || !kept.Files.SequenceEqual(files) || !kept.LanguageFiles.SequenceEqual(sources.LanguageFiles) || kept.Language != language)
        {
            var problems = new DiagnosticBag();
            var catalog = new TemplateCatalog(files, problems);
            var text = InterfaceLanguage.Choose(language, sources.LanguageFiles, problems, sources.Config.LanguageAt);
            var key = string.Join("\n", files.Concat(sources.LanguageFiles).Select(t => t.DisplayPath + "\n" + t.Text)) + "\nlanguage " + language;
            kept = _templates = new KeptTemplates(files, sources.LanguageFiles, language, catalog, text, problems.Sorted(), key);
        }

        foreach (var problem in kept.Problems)
        {
            diagnostics.Add(problem);
        }

        return kept;
    }

    private sealed record KeptTemplates(IReadOnlyList<TemplateFile> Files, IReadOnlyList<TemplateFile> LanguageFiles, string Language, TemplateCatalog Catalog,
        InterfaceText Text, IReadOnlyList<Diagnostic> Problems, string Key);

    private List<RenderedPage> RenderChanged(Site site, KeptTemplates templates, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics, StageTimings timings)
    {
        string Version(string path) => _versions.GetValueOrDefault(path, "?");
        var fingerprints = new PageFingerprint(site, templates.Key, Version, _siteKeys);
        var renderer = new PageRenderer(site, templates.Catalog, pipeline, diagnostics, text: templates.Text);
        var keys = _fingerprints.Of(site, fingerprints, Version);
        timings.Mark("fingerprints");
        var kept = _rendered.For(site.Pages, PageUrl);
        var results = new (string? Fingerprint, RenderedPage? Page)[site.Pages.Count];
        var rendered = 0;
        Parallel.For(0, site.Pages.Count, i =>
        {
            // A page without a fingerprint (a pack) is always rendered, and so is one that failed to render (its errors are reported again).
            if (keys[i] is { } key && kept[i] is { Page: not null } last && last.Fingerprint == key)
            {
                results[i] = last;
                return;
            }

            Interlocked.Increment(ref rendered);
            results[i] = (keys[i], renderer.Render(site.Pages[i]));
        });

        _rendered.Keep(site.Pages, PageUrl, results);
        LastRendered = rendered;
        var pages = new List<RenderedPage>(results.Length);
        foreach (var (_, page) in results)
        {
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private static string PageUrl(Page page) => page.Url;
}

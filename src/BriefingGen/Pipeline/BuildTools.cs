using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Indexing;
using BriefingGen.Model;
using BriefingGen.Printing;

namespace BriefingGen.Pipeline;

/// <summary>
/// The programs a build runs after writing the pages, when asked for and installed: Pagefind for the search index,
/// Chromium for the PDFs. Whether they were found decides what the pages show (a search box, PDF links), so it is
/// decided once, before the model, for every kind of build.
/// </summary>
internal sealed record BuildTools((string Program, string[] Prefix)? Pagefind, string? Browser)
{
    /// <summary>The search index's files the pages load, which the build writes after them.</summary>
    private static readonly string[] SearchFiles = ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css"];

    public bool Search => Pagefind is not null;

    public static BuildTools Find(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics, List<string> notes)
    {
        var pagefind = options.Search && options.Write ? PagefindLocator.Find(options.Source, config.Pagefind) : null;
        if (options.Search && options.Write && pagefind is null)
        {
            notes.Add(PagefindLocator.InstallHint);
        }

        var browser = options.Pdf ? BrowserLocator.Find(config.Print.Browser) : null;
        if (options.Pdf && browser is null)
        {
            diagnostics.Warning(DiagnosticCodes.BrowserMissing, SourceSpan.File("--pdf"), BrowserLocator.InstallHint);
        }

        return new BuildTools(pagefind, browser);
    }

    /// <summary>The PDFs to print, none without a browser.</summary>
    public List<PrintJob> PrintJobs(Site site) => Browser is null ? [] : PrintStage.Jobs(site);

    /// <summary>The files written after the pages, which pages may link to: the PDFs and the search index's.</summary>
    public List<string> LaterFiles(List<PrintJob> jobs) => jobs.Select(j => j.PdfPath).Concat(Search ? SearchFiles : []).ToList();

    /// <summary>Indexes the written site and prints its PDFs into <paramref name="folder"/>; returns how many PDFs were written.</summary>
    public int IndexAndPrint(string folder, Site site, List<PrintJob> jobs, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (Pagefind is { } indexer)
        {
            PagefindIndexer.Run(indexer, folder, diagnostics);
        }

        return Browser is { } browser
            ? PrintStage.RunAsync(jobs, browser, folder, site.Config.BaseUrl ?? SitePipeline.PrintOrigin, site, options.OnPrint, diagnostics).GetAwaiter().GetResult()
            : 0;
    }
}

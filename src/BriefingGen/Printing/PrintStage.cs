using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Printing;

/// <summary>Prints every paper, handout and pack of a written site to PDF, beside its print page.</summary>
public static class PrintStage
{
    /// <summary>The PDFs a site's print pages make, in a stable order.</summary>
    public static List<PrintJob> Jobs(Site site)
    {
        var jobs = new List<PrintJob>();
        string AuthorOf(Page page) => page.Authors.Count > 0 ? string.Join(", ", page.Authors.Select(a => a.Name)) :
            site.Config.Organisation.Length > 0 ? site.Config.Organisation : site.Config.Title;
        foreach (var page in site.Pages.Where(p => p.IsPrint))
        {
            switch (page.Kind)
            {
                case PageKind.Paper:
                    var paperOf = site.Find(page.ItemId!)!;
                    jobs.Add(new PrintJob(page.OutputPath, PrintPages.PaperPdf(paperOf), PrintKind.Paper, page.ItemId!, paperOf.Title, AuthorOf(paperOf)));
                    break;
                case PageKind.Handout:
                    var handoutOf = site.Find(page.ItemId!)!;
                    jobs.Add(new PrintJob(page.OutputPath, PrintPages.HandoutPdf(handoutOf), PrintKind.Handout, page.ItemId!, $"{handoutOf.Title}: roundtable handout", AuthorOf(handoutOf)));
                    break;
                case PageKind.Pack:
                    var pack = site.Packs.First(p => p.Id == page.ItemId);
                    jobs.Add(new PrintJob(page.OutputPath, pack.PdfPath, PrintKind.Pack, "site.config.yml", pack.Title,
                        site.Config.Organisation.Length > 0 ? site.Config.Organisation : site.Config.Title));
                    break;
            }
        }

        return jobs;
    }

    /// <summary>
    /// Papers lead readers to the pages online (an address, a QR code) only when the site knows its address: without
    /// <c>base_url</c> they print none, and the build says so once.
    /// </summary>
    public static void WarnWithoutAddress(Site site, IReadOnlyList<PrintJob> jobs, DiagnosticBag diagnostics)
    {
        if (jobs.Count > 0 && site.Config.BaseUrl is null)
        {
            diagnostics.Warning(DiagnosticCodes.PrintWithoutAddress, SourceSpan.File(Config.ConfigLoader.FileName),
                "the PDFs show no web address or QR code, because the site has no 'base_url'; set base_url in site.config.yml " +
                "to the address the site is published at (https://example.org/briefings/), or pass --base-url");
        }
    }

    /// <summary>Prints each job from <paramref name="root"/> and writes the PDF there; returns how many were written.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<PrintJob> jobs, string browserPath, string root, string origin, Site site,
        Action<int, int, string>? progress, DiagnosticBag diagnostics, int tabs = 1)
    {
        await using var printer = await PdfPrinter.StartAsync(browserPath, root, origin, tabs);
        var written = 0;
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = printer.Tabs }, async (job, _) =>
        {
            progress?.Invoke(written, jobs.Count, job.PdfPath);
            try
            {
                var pdf = job.Kind == PrintKind.Pack
                    ? await PackPaginator.PrintAsync(printer, job.HtmlPath, await File.ReadAllTextAsync(Path.Combine(root, job.HtmlPath)))
                    : await printer.PrintAsync(job.HtmlPath);
                if (job.Kind == PrintKind.Handout && PdfFile.Read(pdf).PageCount is var pages and > 2)
                {
                    var source = site.Find(job.Origin)?.SourcePath ?? job.HtmlPath;
                    diagnostics.Warning(DiagnosticCodes.HandoutTooLong, SourceSpan.File(source),
                        $"the roundtable handout {job.PdfPath} runs to {pages} pages; shorten the summary, facts or questions to fit two sides");
                }

                var finished = PdfMetadata.Set(PdfNormaliser.Normalise(pdf), job.Title, job.Author);
                await File.WriteAllBytesAsync(Path.Combine(root, job.PdfPath), finished);
                Interlocked.Increment(ref written);
            }
            // PuppeteerException covers a closed tab, a failed navigation and a protocol error; a print that takes too
            // long throws TimeoutException. Either is one PDF that could not be made, not a reason to stop the build.
            catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or TimeoutException)
            {
                diagnostics.Error(DiagnosticCodes.PdfFailed, SourceSpan.File(site.Find(job.Origin)?.SourcePath ?? job.HtmlPath),
                    $"Chromium could not print {job.PdfPath}: {e.Message.Split('\n')[0]}");
            }
        });

        progress?.Invoke(written, jobs.Count, "");
        if (printer.BlockedRequests.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.PrintNetworkBlocked, SourceSpan.File("templates"),
                $"printing asked for {printer.BlockedRequests.Count} address(es) outside the site, which were refused (first: {printer.BlockedRequests[0]}); print pages must use only the site's own files");
        }

        return written;
    }
}

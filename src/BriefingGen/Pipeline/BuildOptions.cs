namespace BriefingGen.Pipeline;

/// <summary>What to build and how: the command line's options as plain data.</summary>
public sealed record BuildOptions
{
    public string Source { get; init; } = ".";
    /// <summary>The output folder; null means the config's <c>output</c> under the source folder.</summary>
    public string? Output { get; init; }
    public string? BaseUrl { get; init; }
    public bool Drafts { get; init; }
    /// <summary>Warnings count as errors.</summary>
    public bool Strict { get; init; }
    /// <summary>False for <c>check</c>: everything is validated, nothing is written.</summary>
    public bool Write { get; init; } = true;
    /// <summary>Index the site for search with Pagefind when it is installed (off: no search box, no index).</summary>
    public bool Search { get; init; } = true;
    /// <summary>
    /// Date pages without an <c>updated</c> date by the last commit of their file, when the site is in a git work tree
    /// (off: only <c>updated</c> dates; the snapshot tests, whose output must not change with every commit).
    /// </summary>
    public bool CommitDates { get; init; } = true;
    /// <summary>Print the papers, handouts and packs to PDF with Chromium.</summary>
    public bool Pdf { get; init; }
    /// <summary>Called as PDFs are printed: done, total, the PDF being printed.</summary>
    public Action<int, int, string>? OnPrint { get; init; }
}

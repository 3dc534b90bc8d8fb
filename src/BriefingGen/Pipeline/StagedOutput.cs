using System.Collections.Concurrent;
using BriefingGen.Checking;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Writing;

namespace BriefingGen.Pipeline;

/// <summary>
/// A one-off build's output: each page is rendered, read for its links and written into a staging folder in one
/// parallel pass, and its HTML dropped (at 10,000 pages the HTML of a whole site would be a gigabyte held until the
/// end). A failed build never swaps the staging folder in, so writing before the link check is safe.
/// </summary>
internal static class StagedOutput
{
    /// <summary>The pages rendered (their HTML dropped once written), in site order, with their links, the pages that could not be written and why, and each page's size.</summary>
    public sealed record Rendered(List<RenderedPage> Pages, PageLinks[] Links, List<(RenderedPage Page, string Error)> Unwritten, long[] Sizes);

    public static Rendered RenderAndWrite(Site site, PageRenderer renderer, OutputWriter? writer)
    {
        var pages = new RenderedPage?[site.Pages.Count];
        var sizes = new long[site.Pages.Count];
        var links = new PageLinks?[site.Pages.Count];
        var unwritten = new ConcurrentBag<(int, string)>();
        var resolved = new ResolvedLinks();
        Parallel.For(0, site.Pages.Count, i =>
        {
            // Read and written from the render's buffer; later steps need only where the page is and what it came from.
            pages[i] = renderer.Render(site.Pages[i], (page, html) =>
            {
                links[i] = LinkChecker.Read(page, html, resolved);
                if (writer is not null && Write(writer, page, html, out sizes[i]) is { } error)
                {
                    unwritten.Add((i, error));
                }
            });
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

        return new Rendered(kept, found.ToArray(), unwritten.OrderBy(u => u.Item1).Select(u => (pages[u.Item1]!, u.Item2)).ToList(), keptSizes.ToArray());
    }

    // The reason the page could not be written, or null.
    private static string? Write(OutputWriter writer, RenderedPage page, ReadOnlySpan<char> html, out long size)
    {
        size = 0;
        try
        {
            writer.WriteText(page.OutputPath, html, out var bytes); // refused over the size limit: reported once, after all pages
            size = bytes;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    /// <summary>Adds the assets to the staging folder (a page written at an asset's path wins); false, with the sizes reported, when they take it past its limit.</summary>
    public static bool WriteAssets(OutputWriter writer, IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, Action<IEnumerable<(string, long)>> tooLarge)
    {
        var pageFiles = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var written = assets.Where(a => !pageFiles.Contains(a.OutputPath)).ToList();
        foreach (var asset in written)
        {
            if (!writer.Write(asset.OutputPath, asset.Bytes))
            {
                tooLarge(written.Select(a => (a.OutputPath, (long)a.Bytes.Length)));
                return false;
            }
        }

        return true;
    }
}

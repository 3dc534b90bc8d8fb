using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// Resolves a link written in Markdown once, from the file it is written in: a page's Markdown (from its file and its
/// address) or a data file's texts (from the data file's folder). A link to nothing the site writes is reported at its
/// place; what it leads to is kept, so that every page that shows the text writes the link that works from its own URL.
/// </summary>
public sealed class MarkdownLinkResolver(IReadOnlyDictionary<string, Page> bySource, IReadOnlyList<RefusedPage> refused)
{
    /// <summary>
    /// The link written <paramref name="written"/> in <paramref name="sourcePath"/> (whose links to addresses start from
    /// <paramref name="outputPath"/>), with the page it links to, if any; null when it leaves the site by a scheme
    /// (<c>https:</c>), is refused as unsafe (reported when the text was read), or names a page file that is missing (reported here).
    /// </summary>
    public ResolvedLink? Resolve(string sourcePath, string outputPath, string written, SourceSpan span, DiagnosticBag problems)
    {
        // Links to .md files name a file as it is spelled on disk; every other path is compared in NFC, as URLs are made.
        written = written.Trim();
        var url = SitePath.Normalised(written);
        if (Urls.UnsafeUrl.IsUnsafe(url, out _) || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null;
        }

        var (path, fragment) = SitePath.SplitUrl(url);
        if (ContentLinks.ResolveMarkdownLink(sourcePath, written) is { } target)
        {
            if (bySource.TryGetValue(target, out var linked))
            {
                return new ResolvedLink(new SourceLink(url, linked.OutputPath, fragment, span), linked.Url);
            }

            if (!refused.Any(r => r.SourcePath == target))
            {
                problems.Error(DiagnosticCodes.BrokenLink, span, $"the link to '{url}' names {target}, which is not a page of this site");
            }

            return null;
        }

        if (path.Length == 0)
        {
            return new ResolvedLink(new SourceLink(url, null, fragment, span), null); // "#part" of the page it is shown on
        }

        if (ContentLinks.Resolve(sourcePath, outputPath, path) is not { } file)
        {
            problems.Error(DiagnosticCodes.BrokenLink, span,
                $"the link to '{url}' climbs above the site's root: write it from this file's place ({sourcePath}), or as a site path (/section/page/)");
            return new ResolvedLink(new SourceLink(url, null, fragment, span) { LeavesSite = true }, null);
        }

        // A page is linked by its URL (its folder), whichever form the link was written in.
        var linksTo = url.StartsWith('/') ? path.TrimStart('/') : file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
        return new ResolvedLink(new SourceLink(url, file, fragment, span), linksTo);
    }

    /// <summary>Whether a URL starts with a scheme (<c>https:</c>, <c>mailto:</c>): it leads outside the site.</summary>
    public static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon >= 0 && (url.IndexOfAny(['/', '#', '?']) is var stop && (stop < 0 || colon < stop));
    }
}

/// <summary>A link resolved from where it is written, and the site path of the page it links to (null for a file or a fragment).</summary>
public sealed record ResolvedLink(SourceLink Link, string? LinksTo);

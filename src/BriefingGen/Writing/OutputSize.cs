using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Writing;

/// <summary>Where a build's files pass <c>limits.max_output_bytes</c>, counted in a fixed order so that the file named does not depend on the thread schedule.</summary>
public static class OutputSize
{
    /// <summary>The first file, in the order given, that takes the total past <paramref name="maxBytes"/>, or null.</summary>
    public static string? FirstOver(IEnumerable<(string Path, long Bytes)> files, long maxBytes)
    {
        var total = 0L;
        foreach (var (path, bytes) in files)
        {
            total += bytes;
            if (total > maxBytes)
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Reports the page or asset whose file takes the output past the limit, counting the files in the order given.</summary>
    public static void ReportFirstOver(IEnumerable<(string Path, long Bytes)> files, IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, long maxBytes,
        DiagnosticBag diagnostics)
    {
        if (FirstOver(files, maxBytes) is not { } refused)
        {
            return;
        }

        var origin = pages.FirstOrDefault(p => p.OutputPath == refused)?.Origin
                     ?? assets.FirstOrDefault(a => a.OutputPath == refused)?.DisplayPath ?? refused;
        diagnostics.Error(DiagnosticCodes.OutputTooLarge, SourceSpan.File(origin),
            $"writing {refused} takes the site's output past {maxBytes:N0} bytes (limits.max_output_bytes), so nothing was published; " +
            "look for what makes the pages so large (a very long data text embedded on many pages?) or raise limits.max_output_bytes in site.config.yml");
    }
}

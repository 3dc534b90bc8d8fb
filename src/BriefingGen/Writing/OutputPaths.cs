using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Writing;

/// <summary>Checks that no two outputs claim one path and that every name fits the file system (before the staging folder is swapped in).</summary>
public static class OutputPaths
{
    /// <summary>Most file systems allow 255 bytes a name.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The search index's folder, which the build fills after the pages.</summary>
    public const string GeneratedFolder = "pagefind/";

    /// <param name="assets">The files copied from <c>content/</c>.</param>
    /// <param name="generated">Files the build writes after the pages (PDFs, the search index's files).</param>
    public static bool Check(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets, DiagnosticBag diagnostics,
        IReadOnlyCollection<string>? generated = null)
    {
        var ok = true;
        var later = generated?.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var asset in assets)
        {
            if (later.Contains(asset.OutputPath) || asset.OutputPath.StartsWith(GeneratedFolder, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ReservedOutputPath, SourceSpan.File(asset.DisplayPath),
                    $"{asset.DisplayPath} would be written over {asset.OutputPath}, which the build generates; rename it");
                ok = false;
            }
        }

        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, origin) in pages.Select(p => (p.OutputPath, p.Origin)).Concat(assets.Select(a => (a.OutputPath, a.DisplayPath))))
        {
            // A UTF-16 character is at most 3 bytes of UTF-8, so most paths are too short to hold a long name.
            if (path.Length * 3 > MaxNameBytes && path.Split('/').FirstOrDefault(segment => Encoding.UTF8.GetByteCount(segment) > MaxNameBytes) is { } tooLong)
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSlug, SourceSpan.File(origin),
                    $"the name '{tooLong[..Math.Min(40, tooLong.Length)]}...' is longer than a file system allows ({MaxNameBytes} bytes); shorten the file name, slug or id");
                ok = false;
                continue;
            }

            if (!claimed.TryAdd(path, origin))
            {
                // Pages and assets that share a path are kept apart when the site is read; this is what is left.
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, SourceSpan.File(origin),
                    $"{origin} and {claimed[path]} would both be written to {path}; rename one of them");
                ok = false;
                continue;
            }

            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        foreach (var (path, origin) in claimed.Where(c => folders.Contains(c.Key)))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, SourceSpan.File(origin),
                $"{origin} would be written to {path}, which other pages need as a folder; rename it (a file with no extension, or a name a section uses)");
            ok = false;
        }

        return ok;
    }
}

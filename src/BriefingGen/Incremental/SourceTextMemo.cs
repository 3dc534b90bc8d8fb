using System.Collections.Concurrent;
using BriefingGen.Diagnostics;
using BriefingGen.Config;
using BriefingGen.Files;
using BriefingGen.Loading;

namespace BriefingGen.Incremental;

/// <summary>
/// The texts an earlier build read, with each file's size and modification time, so that a rebuild (serve) reads
/// only the files that changed. As in git's index, a file modified close to when it was read may have changed
/// again within the file system's timestamp granularity, so it is read again rather than trusted.
/// </summary>
public sealed class SourceTextMemo
{
    private static readonly TimeSpan Granularity = TimeSpan.FromSeconds(2);
    // By the file's path in the site (one memo serves one site folder).
    private readonly ConcurrentDictionary<string, TextRead> _texts = new(StringComparer.Ordinal);

    private sealed record TextRead(long Length, DateTime Modified, DateTime ReadAt, string Text);

    // The content folder as the last full listing found it.
    private ContentListing? _listing;

    /// <summary>Loads the site as <see cref="SiteLoader.Load(string, SiteConfig, DiagnosticBag, string?)"/> does, reading only the files that changed.</summary>
    /// <param name="changed">
    /// The full paths a file watcher saw change since the last load (serve), or null when not known: then every file is
    /// listed and looked at. When known, the last listing stands unless a change may have added or removed a file, and
    /// only the changed files are looked at again.
    /// </param>
    public SiteSources Load(string siteRoot, SiteConfig config, DiagnosticBag diagnostics, IReadOnlyCollection<string>? changed, string? output)
    {
        var root = SiteLoader.RootOf(siteRoot);
        var reused = _listing is { HasLinks: false } last && changed is not null && !last.Reshapes(root, changed);
        var listing = reused ? _listing! : SiteLoader.ListContent(root, output);
        // Compared as the listing names files (from the site root, with '/'), whatever separator the watcher gave.
        var changedPaths = reused ? changed!.Select(path => SiteLoader.SitePathOf(root, path)).ToHashSet(StringComparer.Ordinal) : null;
        var sources = SiteLoader.Load(root, listing, (realPath, sitePath, problems, maxBytes) =>
            Read(realPath, sitePath, problems, maxBytes, unchanged: changedPaths is not null && !changedPaths.Contains(sitePath)), config, diagnostics, output);
        if (!reused)
        {
            KeepOnly(listing.Pages.Concat(listing.Data));
            _listing = listing;
        }

        return sources;
    }

    /// <param name="unchanged">True when a file watcher saw no change to the file since it was read: its text is taken as read.</param>
    /// <param name="realPath">The file's real path (see <see cref="RealPath"/>).</param>
    private string? Read(string realPath, string sitePath, DiagnosticBag diagnostics, long maxBytes, bool unchanged = false)
    {
        if (unchanged && _texts.TryGetValue(sitePath, out var last) && last.Length <= maxBytes)
        {
            return last.Text;
        }

        var file = FileEntry.Probe(realPath);
        if (file.Kind == EntryKind.RegularFile && _texts.TryGetValue(sitePath, out var read) && file.Length == read.Length &&
            read.Length <= maxBytes && file.ModifiedUtc == read.Modified && read.Modified < read.ReadAt - Granularity)
        {
            return read.Text;
        }

        var readAt = DateTime.UtcNow;
        var own = new DiagnosticBag();
        var text = TextFile.Read(realPath, sitePath, own, maxBytes);
        var problems = own.Sorted();
        foreach (var diagnostic in problems)
        {
            diagnostics.Add(diagnostic);
        }

        if (text is not null && problems.Count == 0)
        {
            _texts[sitePath] = new TextRead(file.Length, file.ModifiedUtc, readAt, text);
        }
        else
        {
            _texts.TryRemove(sitePath, out _);
        }

        return text;
    }

    // Forgets files that are gone, so that the memo holds no more than the site.
    private void KeepOnly(IEnumerable<string> sitePaths)
    {
        var keep = sitePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _texts.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _texts.TryRemove(path, out _);
        }
    }
}

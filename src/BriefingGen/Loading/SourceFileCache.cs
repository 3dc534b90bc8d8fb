using System.Collections.Concurrent;
using BriefingGen.Diagnostics;
using BriefingGen.Files;

namespace BriefingGen.Loading;

/// <summary>
/// The texts an earlier build read, with each file's size and modification time, so that a rebuild (serve) reads
/// only the files that changed. As in git's index, a file modified close to when it was read may have changed
/// again within the file system's timestamp granularity, so it is read again rather than trusted.
/// </summary>
public sealed class SourceFileCache
{
    private static readonly TimeSpan Granularity = TimeSpan.FromSeconds(2);
    // By the file's path in the site (one cache serves one site folder).
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(long Length, DateTime Modified, DateTime ReadAt, string Text);

    /// <summary>The content folder as the last full listing found it.</summary>
    internal ContentListing? Listing { get; set; }

    /// <param name="unchanged">True when a file watcher saw no change to the file since it was read: its text is taken as read.</param>
    /// <param name="realPath">The file's real path (see <see cref="RealPath"/>).</param>
    internal string? Read(string realPath, string sitePath, DiagnosticBag diagnostics, long maxBytes, bool unchanged = false)
    {
        if (unchanged && _entries.TryGetValue(sitePath, out var known) && known.Length <= maxBytes)
        {
            return known.Text;
        }

        var file = FileEntry.Probe(realPath);
        if (file.Kind == EntryKind.RegularFile && _entries.TryGetValue(sitePath, out var entry) && file.Length == entry.Length &&
            entry.Length <= maxBytes && file.ModifiedUtc == entry.Modified && entry.Modified < entry.ReadAt - Granularity)
        {
            return entry.Text;
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
            _entries[sitePath] = new Entry(file.Length, file.ModifiedUtc, readAt, text);
        }
        else
        {
            _entries.TryRemove(sitePath, out _);
        }

        return text;
    }

    /// <summary>Forgets files that are gone, so that the cache holds no more than the site.</summary>
    internal void KeepOnly(IEnumerable<string> sitePaths)
    {
        var keep = sitePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !keep.Contains(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }
    }
}

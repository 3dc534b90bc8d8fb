using System.Security.Cryptography;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using BriefingGen.Writing;

namespace BriefingGen.Incremental;

/// <summary>
/// An output folder kept up to date build after build: the first build is written whole and swapped in; later
/// ones write only files whose bytes changed (each to a temporary name, then renamed over the old one, so a
/// reader never sees half a file) and delete the files a build no longer makes. Given the folder's lock
/// (<see cref="OutputWriter.TakeLock"/>), it writes under that lock rather than taking it for the first build.
/// </summary>
public sealed class OutputFiles(string root, FileStream? outputLock = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // Each file's hash and what it was computed from, after the last build (null before the first): a page reused
    // from the last build keeps its HTML string, so its bytes need neither encoding nor hashing again (at 30,000
    // pages that is most of an edit's write time).
    private Dictionary<string, (object Source, string Hash)>? _written;

    // Each page's HTML at the last update, by its place: an unchanged page is passed over without a lookup.
    private readonly PlaceMemo<string?> _pages = new();

    // And each asset's bytes, by its place: the citation files beside 10,000 pages are 30,000 assets, the same objects
    // from edit to edit, passed over without a lookup by path.
    private readonly PlaceMemo<byte[]?> _assets = new();

    /// <summary>Brings the folder up to date; returns the paths written or deleted.</summary>
    public IReadOnlyList<string> Update(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets)
    {
        // A page written at the path of an asset replaces it (the build reports that as an error before writing).
        var outputs = assets.Select(a => (Path: a.OutputPath, Source: (object)a.Bytes))
            .Concat(pages.Select(p => (Path: p.OutputPath, Source: (object)p.Html)));
        var html = new string?[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            html[i] = pages[i].Html;
        }

        var assetBytes = new byte[]?[assets.Count];
        for (var i = 0; i < assets.Count; i++)
        {
            assetBytes[i] = assets[i].Bytes;
        }

        if (_written is null)
        {
            var whole = WriteWhole(outputs);
            _pages.Store(pages, PathOf, html);
            _assets.Store(assets, AssetPathOf, assetBytes);
            return whole;
        }

        // Kept up to date in place: at 30,000 pages a new table each build is work for the garbage collector.
        var changed = new List<string>();
        var bytesBefore = _assets.Recall(assets, AssetPathOf);
        for (var i = 0; i < assets.Count; i++)
        {
            if (!ReferenceEquals(bytesBefore[i], assetBytes[i]))
            {
                Update(assets[i].OutputPath, assets[i].Bytes, changed);
            }
        }

        var htmlBefore = _pages.Recall(pages, PathOf);
        for (var i = 0; i < pages.Count; i++)
        {
            if (!ReferenceEquals(htmlBefore[i], html[i]))
            {
                Update(pages[i].OutputPath, html[i]!, changed);
            }
        }

        if (_written.Count != assets.Count + pages.Count)
        {
            // Each forgotten only once deleted, so that a file that could not be deleted is tried again next build.
            var made = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _written.Keys.Where(p => !made.Contains(p)).ToList())
            {
                File.Delete(Path.Combine(root, gone));
                _written.Remove(gone);
                changed.Add(gone);
            }
        }

        _pages.Store(pages, PathOf, html);
        _assets.Store(assets, AssetPathOf, assetBytes);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    // Writes a file whose bytes may have changed (a page reused from the last build keeps its HTML string, so most are
    // passed over above without encoding or hashing).
    private void Update(string path, object source, List<string> changed)
    {
        if (_written!.TryGetValue(path, out var previous) && ReferenceEquals(previous.Source, source))
        {
            return;
        }

        var bytes = Bytes(source);
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (previous.Hash != hash)
        {
            WriteAtomically(path, bytes);
            changed.Add(path);
        }

        _written[path] = (source, hash);
    }

    private static string PathOf(RenderedPage page) => page.OutputPath;

    private static string AssetPathOf(AssetFile asset) => asset.OutputPath;

    // The first build: everything written to a folder beside the output, then swapped in.
    private List<string> WriteWhole(IEnumerable<(string Path, object Source)> outputs)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var written = new Dictionary<string, (object Source, string Hash)>(StringComparer.Ordinal);
        foreach (var (path, source) in outputs)
        {
            var bytes = Bytes(source);
            files[path] = bytes;
            written[path] = (source, Convert.ToHexString(SHA256.HashData(bytes)));
        }

        using (var writer = outputLock is not null ? OutputWriter.OpenLocked(root, outputLock)
                   : OutputWriter.Open(root, new DiagnosticBag()) ?? throw new IOException($"another build is writing {root}"))
        {
            foreach (var (path, bytes) in files)
            {
                writer.Write(path, bytes);
            }

            writer.Commit();
        }

        _written = written;
        var changed = files.Keys.ToList();
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static byte[] Bytes(object source) => source as byte[] ?? Utf8.GetBytes((string)source);

    private void WriteAtomically(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-briefinggen";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}

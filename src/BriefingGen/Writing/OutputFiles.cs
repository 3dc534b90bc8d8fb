using System.Security.Cryptography;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Writing;

/// <summary>
/// An output folder kept up to date build after build: the first build is written whole and swapped in; later
/// ones write only files whose bytes changed (each to a temporary name, then renamed over the old one, so a
/// reader never sees half a file) and delete the files a build no longer makes.
/// </summary>
public sealed class OutputFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // Each file's hash and what it was computed from, after the last build (null before the first): a page reused
    // from the last build keeps its HTML string, so its bytes need neither encoding nor hashing again (at 30,000
    // pages that is most of an edit's write time).
    private Dictionary<string, (object Source, string Hash)>? _written;

    /// <summary>Brings the folder up to date; returns the paths written or deleted.</summary>
    public IReadOnlyList<string> Update(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets)
    {
        var sources = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            sources[asset.OutputPath] = asset.Bytes;
        }

        foreach (var page in pages)
        {
            sources[page.OutputPath] = page.Html;
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = new Dictionary<string, (object Source, string Hash)>(StringComparer.Ordinal);
        foreach (var (path, source) in sources)
        {
            if (_written is not null && _written.TryGetValue(path, out var previous) && ReferenceEquals(previous.Source, source))
            {
                hashes[path] = previous.Hash;
            }
            else
            {
                var bytes = source as byte[] ?? Utf8.GetBytes((string)source);
                files[path] = bytes;
                hashes[path] = Convert.ToHexString(SHA256.HashData(bytes));
            }

            known[path] = (source, hashes[path]);
        }

        var changed = new List<string>();
        if (_written is null)
        {
            using var writer = OutputWriter.Open(root, new DiagnosticBag()) ?? throw new IOException($"another build is writing {root}");
            foreach (var (path, bytes) in files)
            {
                writer.Write(path, bytes);
            }

            writer.Commit();
            changed.AddRange(files.Keys);
        }
        else
        {
            foreach (var (path, bytes) in files)
            {
                if (!_written.TryGetValue(path, out var previous) || previous.Hash != hashes[path])
                {
                    WriteAtomically(path, bytes);
                    changed.Add(path);
                }
            }

            foreach (var gone in _written.Keys.Where(p => !hashes.ContainsKey(p)))
            {
                File.Delete(Path.Combine(root, gone));
                changed.Add(gone);
            }
        }

        _written = known;
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private void WriteAtomically(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-briefinggen";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}

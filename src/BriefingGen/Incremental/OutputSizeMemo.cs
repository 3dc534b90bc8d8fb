using System.Runtime.CompilerServices;
using System.Text;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>
/// Each rendered page's size in UTF-8, counted once per page object (serve keeps an unchanged page's object from build
/// to build), so that checking the output against <c>limits.max_output_bytes</c> costs an edit only its changed pages:
/// at 10,000 pages counting every page's bytes again took 160 ms of each edit.
/// </summary>
internal sealed class OutputSizeMemo
{
    private readonly ConditionalWeakTable<RenderedPage, StrongBox<long>> _bytes = new();

    // The last build's pages and assets by place, each with its size, and their total: an edit that leaves them in
    // their places compares two arrays of references instead of reading 40,000 objects (the pages and the citation
    // files beside them), and counts only what changed.
    private object[] _counted = [];
    private byte[]?[] _countedBytes = [];
    private long[] _sizes = [];
    private long _total;

    public long Bytes(RenderedPage page) =>
        _bytes.GetValue(page, static p => new StrongBox<long>(Encoding.UTF8.GetByteCount(p.Html))).Value;

    /// <summary>The bytes the pages and assets write together.</summary>
    public long Total(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets)
    {
        if (_counted.Length != pages.Count + assets.Count)
        {
            (_counted, _countedBytes, _sizes, _total) = (new object[pages.Count + assets.Count], new byte[]?[assets.Count], new long[pages.Count + assets.Count], 0);
        }

        for (var i = 0; i < pages.Count; i++)
        {
            if (!ReferenceEquals(_counted[i], pages[i]))
            {
                Count(i, pages[i], Bytes(pages[i]));
            }
        }

        for (var i = 0; i < assets.Count; i++)
        {
            var place = pages.Count + i;
            // A social card is a new file object each build, with the bytes drawn before: the bytes tell it is the same.
            if (!ReferenceEquals(_counted[place], assets[i]) && !ReferenceEquals(_countedBytes[i], assets[i].Bytes))
            {
                Count(place, assets[i], assets[i].Bytes.Length);
                _countedBytes[i] = assets[i].Bytes;
            }
        }

        return _total;
    }

    private void Count(int place, object counted, long size)
    {
        _total += size - _sizes[place];
        _sizes[place] = size;
        _counted[place] = counted;
    }

    /// <summary>The pages and assets with the bytes each writes, in the order the build writes them.</summary>
    public IEnumerable<(string Path, long Bytes)> Files(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AssetFile> assets) =>
        pages.Select(p => (p.OutputPath, Bytes(p))).Concat(assets.Select(a => (a.OutputPath, (long)a.Bytes.Length)));
}

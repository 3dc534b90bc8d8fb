using System.Collections.Concurrent;
using BriefingGen.Loading;
using BriefingGen.Rendering.Cards;

namespace BriefingGen.Incremental;

/// <summary>
/// The social cards drawn in earlier builds, by what they show: an edit that leaves a page's title, kind and date as
/// they were draws no card again. Forgotten whole when the fonts they are drawn with change.
/// </summary>
internal sealed class SocialCardMemo
{
    // A bound on what an editing session can leave behind (every title a page ever had); past it, start afresh.
    private const int MaxCards = 20_000;

    private byte[]?[] _fonts = [];
    private ConcurrentDictionary<(string, string?, string, string?), byte[]> _cards = new();

    public ConcurrentDictionary<(string, string?, string, string?), byte[]> DrawnWith(IReadOnlyList<AssetFile> assets)
    {
        var fonts = SocialCardFiles.Fonts.Select(f => assets.FirstOrDefault(a => a.OutputPath == f)?.Bytes).ToArray();
        if (fonts.Length != _fonts.Length || fonts.Where((f, i) => !Same(f, _fonts[i])).Any() || _cards.Count > MaxCards)
        {
            (_fonts, _cards) = (fonts, new());
        }

        return _cards;
    }

    private static bool Same(byte[]? a, byte[]? b) => ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b));
}

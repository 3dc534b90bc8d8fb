using System.Collections.Concurrent;

namespace BriefingGen.Incremental;

/// <summary>
/// The social cards drawn in earlier builds, by what they show: an edit that leaves a page's title, kind and date as
/// they were draws no card again (the fonts they are drawn with are the assembly's own, so they do not change).
/// </summary>
internal sealed class SocialCardMemo
{
    // A bound on what an editing session can leave behind (every title a page ever had); past it, start afresh.
    private const int MaxCards = 20_000;

    private ConcurrentDictionary<(string, string?, string, string?), byte[]> _cards = new();

    public ConcurrentDictionary<(string, string?, string, string?), byte[]> Cards()
    {
        if (_cards.Count > MaxCards)
        {
            _cards = new();
        }

        return _cards;
    }
}

using System.Collections.Concurrent;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering.Cards;

/// <summary>Draws a site's social cards, as files written with the pages, from the theme's own Inter (<c>assets/fonts/</c>).</summary>
public static class SocialCardFiles
{
    /// <summary>The theme's font files the cards are drawn with: bold, semi-bold and regular.</summary>
    public static readonly string[] Fonts = ["assets/fonts/inter-bold.woff2", "assets/fonts/inter-semi-bold.woff2", "assets/fonts/inter-regular.woff2"];

    private const string Origin = "(social card)";

    /// <param name="kept">Cards drawn before, by what they show, reused and added to (serve keeps them from build to build); null to draw all.</param>
    /// <param name="notes">Where a reason no card could be drawn is told (a font Skia cannot read, no Skia library for this system).</param>
    public static List<AssetFile> Make(Site site, InterfaceText text, IReadOnlyList<AssetFile> assets, List<string> notes,
        ConcurrentDictionary<(string, string?, string, string?), byte[]>? kept = null)
    {
        if (!SocialCards.Enabled(site))
        {
            return [];
        }

        var cards = SocialCards.Of(site, text);
        if (cards.Count == 0)
        {
            return [];
        }

        var painted = new byte[cards.Count][];
        var missing = Enumerable.Range(0, cards.Count).Where(i => kept?.TryGetValue(cards[i].Drawn, out painted[i]!) != true).ToList();
        if (missing.Count > 0)
        {
            using var painter = Painter(assets, notes);
            if (painter is null)
            {
                return [];
            }

            Parallel.ForEach(missing, i =>
            {
                painted[i] = painter.Paint(cards[i]);
                kept?.TryAdd(cards[i].Drawn, painted[i]);
            });
        }

        return cards.Select((c, i) => new AssetFile(c.OutputPath, Origin, painted[i])).ToList();
    }

    private static CardPainter? Painter(IReadOnlyList<AssetFile> assets, List<string> notes)
    {
        var fonts = new byte[Fonts.Length][];
        for (var i = 0; i < Fonts.Length; i++)
        {
            var file = assets.FirstOrDefault(a => a.OutputPath == Fonts[i]);
            if ((file is null ? null : Woff2Font.ToOpenType(file.Bytes) ?? file.Bytes) is not { } font)
            {
                notes.Add($"no social cards: the theme has no {Fonts[i]} to draw them with");
                return null;
            }

            fonts[i] = font;
        }

        try
        {
            var painter = CardPainter.Create(fonts[0], fonts[1], fonts[2]);
            if (painter is null)
            {
                notes.Add($"no social cards: {string.Join(", ", Fonts)} must be OpenType fonts, or WOFF2 fonts stored without table transforms (see docs/fonts/make.sh)");
            }

            return painter;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            notes.Add($"no social cards: SkiaSharp's native library (libSkiaSharp) could not be loaded on this system ({e.GetType().Name})");
            return null;
        }
    }
}

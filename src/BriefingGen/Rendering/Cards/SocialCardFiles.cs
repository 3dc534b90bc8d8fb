using System.Collections.Concurrent;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering.Cards;

/// <summary>
/// Draws a site's social cards, as files written with the pages, with the theme's Inter as TrueType embedded in the
/// assembly (<c>Rendering/Cards/Fonts/</c>, the theme's WOFF2 unpacked once by docs/fonts/make.sh): Skia reads
/// TrueType, not WOFF2, and readers never download these copies.
/// </summary>
public static class SocialCardFiles
{
    /// <summary>The fonts the cards are drawn with, by resource name: bold, semi-bold and regular.</summary>
    private static readonly string[] Fonts = ["cards/inter-bold.ttf", "cards/inter-semi-bold.ttf", "cards/inter-regular.ttf"];

    private const string Origin = "(social card)";

    /// <param name="kept">Cards drawn before, by what they show, reused and added to (serve keeps them from build to build); null to draw all.</param>
    /// <param name="notes">Where a reason no card could be drawn is told (a font Skia cannot read, no Skia library for this system).</param>
    public static List<AssetFile> Make(Site site, InterfaceText text, List<string> notes,
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
            using var painter = Painter(notes);
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

    private static CardPainter? Painter(List<string> notes)
    {
        var fonts = Fonts.Select(Resource).ToArray();
        try
        {
            var painter = CardPainter.Create(fonts[0], fonts[1], fonts[2]);
            if (painter is null)
            {
                notes.Add($"no social cards: Skia could not read the fonts embedded for them ({string.Join(", ", Fonts)})");
            }

            return painter;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            notes.Add($"no social cards: SkiaSharp's native library (libSkiaSharp) could not be loaded on this system ({e.GetType().Name})");
            return null;
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(SocialCardFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the assembly has no resource {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

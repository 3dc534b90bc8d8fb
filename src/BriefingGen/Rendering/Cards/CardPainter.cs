using SkiaSharp;

namespace BriefingGen.Rendering.Cards;

/// <summary>
/// Draws social cards (1200 x 630 PNG) with the theme's Inter: the site's name at the top, the page's kind above its
/// title, its date at the foot. The same card gives the same bytes: Skia draws text the same way each time and the PNG
/// holds no time. Made once a build and shared by the threads that draw.
/// </summary>
public sealed class CardPainter : IDisposable
{
    private const float Margin = 80;
    private const int MaxTitleLines = 4;
    private static readonly SKColor Background = new(0x1f, 0x2d, 0x3d);
    private static readonly SKColor Accent = new(0xff, 0xb8, 0x70);
    private static readonly SKColor Quiet = new(0xc9, 0xd3, 0xde);


    private readonly SKTypeface _bold;
    private readonly SKTypeface _semiBold;
    private readonly SKTypeface _regular;

    private CardPainter(SKTypeface bold, SKTypeface semiBold, SKTypeface regular) => (_bold, _semiBold, _regular) = (bold, semiBold, regular);

    /// <summary>A painter with the three weights of the theme's sans-serif (OpenType bytes); null when Skia cannot read one.</summary>
    public static CardPainter? Create(byte[] bold, byte[] semiBold, byte[] regular)
    {
        var faces = new[] { bold, semiBold, regular }.Select(Typeface).ToArray();
        if (faces.Any(f => f is null))
        {
            foreach (var face in faces)
            {
                face?.Dispose();
            }

            return null;
        }

        return new CardPainter(faces[0]!, faces[1]!, faces[2]!);
    }

    private static SKTypeface? Typeface(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }

    public byte[] Paint(SocialCard card)
    {
        // Each colour is drawn as coverage on a layer of its own (the colours never overlap), and each pixel's palette
        // entry is its colour at its coverage over the background: exact, and fast to encode (IndexedPng).
        var layers = new SKSurface[Colours.Length];
        try
        {
            for (var i = 0; i < layers.Length; i++)
            {
                layers[i] = SKSurface.Create(new SKImageInfo(SocialCard.Width, SocialCard.Height, SKColorType.Alpha8, SKAlphaType.Premul))
                    ?? throw new InvalidOperationException("Skia could not make a surface for a social card");
                layers[i].Canvas.Clear(SKColors.Transparent);
            }

            Draw(card, layers[QuietLayer].Canvas, layers[AccentLayer].Canvas, layers[TitleLayer].Canvas);
            return Encode(layers);
        }
        finally
        {
            foreach (var layer in layers)
            {
                layer?.Dispose();
            }
        }
    }

    private const int QuietLayer = 0;
    private const int AccentLayer = 1;
    private const int TitleLayer = 2;
    private const int Levels = 63; // coverage steps a colour has in the palette: 1 + 3 x 63 entries
    private static readonly SKColor[] Colours = [Quiet, Accent, SKColors.White];
    private static readonly byte[] Palette = MakePalette();

    private void Draw(SocialCard card, SKCanvas quiet, SKCanvas accent, SKCanvas titles)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        accent.DrawRect(0, SocialCard.Height - 16, SocialCard.Width, 16, paint);

        const float width = SocialCard.Width - 2 * Margin;
        using (var site = new SKFont(_semiBold, 30))
        {
            quiet.DrawText(Fit(card.Site, site, width), Margin, 104, SKTextAlign.Left, site, paint);
        }

        var (size, lines) = TitleLines(card.Title, width);
        var lineHeight = size * 1.14f;
        var block = (card.Kind is null ? 0 : 58) + lines.Count * lineHeight;
        // The kind and title sit together in the space between the site's name and the date.
        var top = 150 + Math.Max(0, (390 - block) / 2);
        if (card.Kind is { } kind)
        {
            using var eyebrow = new SKFont(_bold, 28);
            accent.DrawText(Fit(kind.ToUpperInvariant(), eyebrow, width), Margin, top + 28, SKTextAlign.Left, eyebrow, paint);
            top += 58;
        }

        using (var title = new SKFont(_bold, size))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                titles.DrawText(lines[i], Margin, top + size * 0.95f + i * lineHeight, SKTextAlign.Left, title, paint);
            }
        }

        if (card.Date is { } date)
        {
            using var foot = new SKFont(_regular, 30);
            quiet.DrawText(Fit(date, foot, width), Margin, SocialCard.Height - 64, SKTextAlign.Left, foot, paint);
        }
    }

    private static byte[] Encode(SKSurface[] layers)
    {
        var indices = new byte[SocialCard.Width * SocialCard.Height];
        for (var layer = 0; layer < layers.Length; layer++)
        {
            using var pixels = layers[layer].PeekPixels();
            var coverage = pixels.GetPixelSpan();
            var first = (byte)(1 + layer * Levels);
            for (var i = 0; i < indices.Length; i++)
            {
                if (coverage[i] != 0 && indices[i] == 0)
                {
                    var level = (coverage[i] * Levels + 127) / 255;
                    indices[i] = level == 0 ? (byte)0 : (byte)(first + level - 1);
                }
            }
        }

        return IndexedPng.Write(SocialCard.Width, SocialCard.Height, indices, Palette);
    }

    private static byte[] MakePalette()
    {
        var palette = new byte[3 * (1 + Colours.Length * Levels)];
        (palette[0], palette[1], palette[2]) = (Background.Red, Background.Green, Background.Blue);
        for (var c = 0; c < Colours.Length; c++)
        {
            for (var level = 1; level <= Levels; level++)
            {
                var at = 3 * (1 + c * Levels + level - 1);
                palette[at] = Mix(Background.Red, Colours[c].Red, level);
                palette[at + 1] = Mix(Background.Green, Colours[c].Green, level);
                palette[at + 2] = Mix(Background.Blue, Colours[c].Blue, level);
            }
        }

        return palette;
    }

    private static byte Mix(byte from, byte to, int level) => (byte)((from * (Levels - level) + to * level + Levels / 2) / Levels);

    // The largest size from 72 px down to 48 at which the title takes at most four lines; at 48 px a longer one is cut with an ellipsis.
    private (float Size, List<string> Lines) TitleLines(string title, float width)
    {
        for (var size = 72f; ; size -= 6)
        {
            using var font = new SKFont(_bold, size);
            var lines = Wrap(title, font, width);
            if (lines.Count <= MaxTitleLines || size <= 48)
            {
                if (lines.Count > MaxTitleLines)
                {
                    lines = lines.Take(MaxTitleLines).ToList();
                    lines[^1] = Fit(lines[^1] + " …", font, width, force: true);
                }

                return (size, lines);
            }
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var tried = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(tried) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = tried;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.Select(l => Fit(l, font, width)).ToList();
    }

    // The text, cut with an ellipsis where it would run past the width (a single word longer than a line, a long site name).
    private static string Fit(string text, SKFont font, float width, bool force = false)
    {
        if (!force && font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.TrimEnd(' ', '…');
        while (cut.Length > 0 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    public void Dispose()
    {
        _bold.Dispose();
        _semiBold.Dispose();
        _regular.Dispose();
    }
}

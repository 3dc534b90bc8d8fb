// Compares two ways of writing a social card's PNG (issue 22): BriefingGen's palette PNG (IndexedPng) and SkiaSharp's
// PNG encoder, over the same cards. Each card is painted once (CardPainter, which writes a palette PNG); its palette
// indices are read back from that PNG, then encoded again and again by each way, so only the encoding is timed. Skia
// gets the card as RGB pixels, the form CardPainter would hand it (each index looked up in the palette, timed with it).
// Usage: dotnet run -c Release --project bench/CardBench -- [cards] [rounds]
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using BriefingGen.Rendering.Cards;
using SkiaSharp;

var count = args.Length > 0 ? int.Parse(args[0]) : 200;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var fonts = Path.Combine(AppContext.BaseDirectory, "../../../../../src/BriefingGen/Rendering/Cards/Fonts");
byte[] Font(string name) => File.ReadAllBytes(Path.Combine(fonts, name + ".ttf"));
using var painter = CardPainter.Create(Font("inter-bold"), Font("inter-semi-bold"), Font("inter-regular"))
    ?? throw new InvalidOperationException("Skia could not read the fonts");

string[] words = ["Residents", "co-produce", "youth", "services", "on", "the", "St Mary's", "estate", "with", "their", "council", "a", "forum", "for", "older", "people"];
var cards = Enumerable.Range(0, count).Select(i => new SocialCard("x.png", "Co-producing neighbourhood services",
    i % 3 == 0 ? "Case study" : "Briefing",
    string.Join(" ", Enumerable.Range(0, 4 + i % 9).Select(w => words[(i * 7 + w * 3) % words.Length])),
    i % 2 == 0 ? $"{1 + i % 12} 2024" : null)).ToList();

var painted = cards.Select(painter.Paint).ToList();
var decoded = painted.Select(Unpack).ToList();

var ways = new (string Name, Func<int, byte[]> Encode)[]
{
    ("IndexedPng (palette, zlib fastest)", i => IndexedPng.Write(SocialCard.Width, SocialCard.Height, decoded[i].Indices, decoded[i].Palette)),
    ("palette to RGB pixels alone (part of each Skia row)", i => { using var bitmap = Rgb(decoded[i].Indices, decoded[i].Palette); return []; }),
    ("Skia PNG, default options (zlib 6, all filters)", i => SkiaPng(Rgb(decoded[i].Indices, decoded[i].Palette), new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))),
    ("Skia PNG, zlib 1, no filter", i => SkiaPng(Rgb(decoded[i].Indices, decoded[i].Palette), new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, 1))),
    ("Skia PNG, zlib 1, sub filter", i => SkiaPng(Rgb(decoded[i].Indices, decoded[i].Palette), new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1))),
};

Console.WriteLine($"{count} cards of {SocialCard.Width} x {SocialCard.Height}, {rounds} rounds, median CPU ms a card, mean bytes a card");
foreach (var (name, encode) in ways)
{
    var first = Enumerable.Range(0, count).Select(encode).ToList();
    var again = Enumerable.Range(0, count).Select(encode).ToList();
    var same = first.Zip(again).All(p => p.First.AsSpan().SequenceEqual(p.Second));
    var times = new List<double>();
    for (var r = 0; r < rounds; r++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            encode(i);
        }

        times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count);
    }

    times.Sort();
    Console.WriteLine($"{name}: {times[times.Count / 2]:F2} ms, {first.Average(b => b.Length) / 1024:F1} KiB, same bytes twice: {same}, "
        + $"first bytes hash {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first.SelectMany(b => b).ToArray()))[..12]}");
}

static byte[] SkiaPng(SKBitmap bitmap, SKPngEncoderOptions options)
{
    using (bitmap)
    using (var pixmap = bitmap.PeekPixels())
    using (var data = pixmap.Encode(options) ?? throw new InvalidOperationException("Skia could not encode a card"))
    {
        return data.ToArray();
    }
}

static SKBitmap Rgb(byte[] indices, byte[] palette)
{
    var bitmap = new SKBitmap(new SKImageInfo(SocialCard.Width, SocialCard.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
    var span = bitmap.GetPixelSpan();
    for (var i = 0; i < indices.Length; i++)
    {
        var p = indices[i] * 3;
        span[i * 4] = palette[p];
        span[i * 4 + 1] = palette[p + 1];
        span[i * 4 + 2] = palette[p + 2];
        span[i * 4 + 3] = 255;
    }

    return bitmap;
}

// A palette PNG as IndexedPng writes it (one IDAT, every row unfiltered): its indices and palette.
static (byte[] Indices, byte[] Palette) Unpack(byte[] png)
{
    byte[] palette = [];
    using var idat = new MemoryStream();
    for (var at = 8; at < png.Length;)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
        var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
        var data = png.AsSpan(at + 8, length);
        if (type == "PLTE") palette = data.ToArray();
        if (type == "IDAT") idat.Write(data);
        at += 12 + length;
    }

    idat.Position = 0;
    using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
    using var rows = new MemoryStream();
    zlib.CopyTo(rows);
    var raw = rows.ToArray();
    var indices = new byte[SocialCard.Width * SocialCard.Height];
    for (var y = 0; y < SocialCard.Height; y++)
    {
        Array.Copy(raw, y * (SocialCard.Width + 1) + 1, indices, y * SocialCard.Width, SocialCard.Width);
    }

    return (indices, palette);
}

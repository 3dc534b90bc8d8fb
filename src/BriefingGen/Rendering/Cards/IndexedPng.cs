using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingGen.Rendering.Cards;

/// <summary>
/// Writes an 8-bit palette PNG. A card is a few flat colours and the edges of their letters, so a palette of 256 holds
/// it exactly enough, and a byte a pixel deflates in a fraction of the time Skia's RGB encoder takes (under 1 ms a card
/// against 6 to 30; bench/CardBench, figures in bench/RESULTS.md).
/// </summary>
public static class IndexedPng
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <param name="indices">One palette index a pixel, row by row.</param>
    /// <param name="palette">At most 256 colours, as RGB triples.</param>
    public static byte[] Write(int width, int height, ReadOnlySpan<byte> indices, ReadOnlySpan<byte> palette)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits a pixel
        header[9] = 3; // palette colour; compression, filter and interlace methods stay 0
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "PLTE"u8, palette);
        using (var rows = new MemoryStream(height * (width + 1) / 8))
        {
            using (var zlib = new ZLibStream(rows, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // no filter: the rows are mostly one index repeated
                    zlib.Write(indices.Slice(y * width, width));
                }
            }

            Chunk(png, "IDAT"u8, rows.GetBuffer().AsSpan(0, (int)rows.Length));
        }

        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, ~Crc(Crc(0xFFFFFFFF, type), data));
        png.Write(number);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

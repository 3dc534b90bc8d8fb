using System.Buffers.Binary;

namespace BriefingGen.Rendering.Images;

/// <summary>
/// An image's size in pixels, read from its header (PNG, GIF, JPEG, WebP), so that pages give each image its
/// <c>width</c> and <c>height</c> and the text does not jump as images load. Only the header is read: no pixels are
/// decoded, and a file that is not what its header claims simply has no size.
/// </summary>
public readonly record struct ImageSize(int Width, int Height)
{
    /// <summary>The size in the image's header, or null when the bytes are not a PNG, GIF, JPEG or WebP this can read.</summary>
    public static ImageSize? Read(ReadOnlySpan<byte> bytes)
    {
        var size = bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] when bytes.Length >= 24 =>
                new ImageSize((int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', _, (byte)'a', ..] when bytes.Length >= 10 =>
                new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])),
            [0xFF, 0xD8, ..] => Jpeg(bytes),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(bytes),
            _ => (ImageSize?)null,
        };
        return size is { Width: > 0, Height: > 0 } ? size : null;
    }

    // A JPEG's size is in its first start-of-frame segment (SOF0..SOF15 but DHT, JPG and DAC), after any number of others.
    private static ImageSize? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a length
                continue;
            }

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
        }

        return null;
    }

    // WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) chunk, each with the size in its own layout.
    private static ImageSize? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30)
        {
            return null;
        }

        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return new ImageSize((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new ImageSize(1 + (bytes[24] | bytes[25] << 8 | bytes[26] << 16), 1 + (bytes[27] | bytes[28] << 8 | bytes[29] << 16));
        }

        return null;
    }
}

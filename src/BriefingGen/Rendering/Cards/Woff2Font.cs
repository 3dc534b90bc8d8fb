using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingGen.Rendering.Cards;

/// <summary>
/// Unpacks a WOFF2 font into the OpenType (sfnt) file it was made from, so that the social cards draw with the very font
/// files the theme ships for its pages: Skia reads OpenType, not WOFF2. Only fonts whose tables are stored without
/// transforms are unpacked, as the theme's Inter is (docs/fonts/make.sh); rebuilding a transformed <c>glyf</c> is not needed.
/// </summary>
public static class Woff2Font
{
    private const uint Signature = 0x774F4632; // 'wOF2'
    private const int HeaderLength = 48;
    private const int MaxSfntBytes = 32 << 20;

    // The spec's known table tags, by the index a table's flags byte gives; 63 means the tag follows.
    private static readonly string[] KnownTags =
    [
        "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT",
        "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH",
        "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar",
        "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
    ];

    private readonly record struct Table(uint Tag, int Length);

    /// <summary>The OpenType bytes of a WOFF2 font, or null when it is not one this can unpack (or not WOFF2 at all).</summary>
    public static byte[]? ToOpenType(ReadOnlySpan<byte> woff2)
    {
        if (woff2.Length < HeaderLength || BinaryPrimitives.ReadUInt32BigEndian(woff2) != Signature)
        {
            return null;
        }

        var flavor = BinaryPrimitives.ReadUInt32BigEndian(woff2[4..]);
        var count = BinaryPrimitives.ReadUInt16BigEndian(woff2[12..]);
        var compressedLength = BinaryPrimitives.ReadUInt32BigEndian(woff2[20..]);
        if (flavor == 0x74746366 || count == 0) // 'ttcf': a collection
        {
            return null;
        }

        var position = HeaderLength;
        var tables = new Table[count];
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            if (position >= woff2.Length)
            {
                return null;
            }

            var flags = woff2[position++];
            uint tag;
            if ((flags & 0x3F) == 63)
            {
                if (position + 4 > woff2.Length)
                {
                    return null;
                }

                tag = BinaryPrimitives.ReadUInt32BigEndian(woff2[position..]);
                position += 4;
            }
            else
            {
                tag = TagValue(KnownTags[flags & 0x3F]);
            }

            var version = flags >> 6;
            var glyfOrLoca = tag == TagValue("glyf") || tag == TagValue("loca");
            if ((glyfOrLoca ? version != 3 : version != 0) || !ReadBase128(woff2, ref position, out var length))
            {
                return null; // a transformed table: rebuilding it is not needed for the theme's fonts
            }

            tables[i] = new Table(tag, (int)length);
            total += length;
            if (total > MaxSfntBytes)
            {
                return null;
            }
        }

        if (position + compressedLength > woff2.Length)
        {
            return null;
        }

        var data = new byte[total];
        if (!BrotliDecoder.TryDecompress(woff2.Slice(position, (int)compressedLength), data, out var written) || written != total)
        {
            return null;
        }

        return Sfnt(flavor, tables, data);
    }

    // The OpenType file: its table directory sorted by tag, each table at a 4-byte boundary with its checksum.
    private static byte[] Sfnt(uint flavor, Table[] tables, byte[] data)
    {
        var starts = new int[tables.Length];
        for (int i = 0, at = 0; i < tables.Length; at += tables[i].Length, i++)
        {
            starts[i] = at;
        }

        var order = Enumerable.Range(0, tables.Length).OrderBy(i => tables[i].Tag).ToArray();
        var directory = 12 + 16 * tables.Length;
        var size = directory + tables.Sum(t => Padded(t.Length));
        var sfnt = new byte[size];
        var power = 1;
        var log = 0;
        while (power * 2 <= tables.Length)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt32BigEndian(sfnt, flavor);
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(4), (ushort)tables.Length);
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sfnt.AsSpan(10), (ushort)(tables.Length * 16 - power * 16));
        var offset = directory;
        for (var k = 0; k < order.Length; k++)
        {
            var table = tables[order[k]];
            var bytes = data.AsSpan(starts[order[k]], table.Length);
            bytes.CopyTo(sfnt.AsSpan(offset));
            var record = sfnt.AsSpan(12 + 16 * k);
            BinaryPrimitives.WriteUInt32BigEndian(record, table.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(sfnt.AsSpan(offset, Padded(table.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            offset += Padded(table.Length);
        }

        return sfnt;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> padded)
    {
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(padded[i..]);
        }

        return sum;
    }

    private static uint TagValue(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    // UIntBase128: at most five bytes of seven bits each, most significant first, no leading zero byte.
    private static bool ReadBase128(ReadOnlySpan<byte> bytes, ref int position, out uint value)
    {
        value = 0;
        for (var i = 0; i < 5 && position < bytes.Length; i++)
        {
            var b = bytes[position++];
            if ((i == 0 && b == 0x80) || (value & 0xFE000000) != 0)
            {
                return false;
            }

            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

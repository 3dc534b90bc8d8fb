using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Printing;

/// <summary>
/// Makes a PDF the same bytes for the same input: Chromium stamps each file with the time it was made and a random
/// document id. Each is overwritten in place with a fixed value of the same length, so no offset in the file moves.
/// </summary>
public static partial class PdfNormaliser
{
    public static byte[] Normalise(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so regular expressions can edit the file without re-encoding it.
        var text = Encoding.Latin1.GetString(pdf);
        text = DatePattern().Replace(text, m => m.Groups[1].Value + Fixed(m.Groups[2].Value));
        text = XmpDatePattern().Replace(text, m => m.Groups[1].Value + Fixed(m.Groups[2].Value) + m.Groups[3].Value);
        text = RenumberNodeIds(text);
        text = IdPattern().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + m.Groups[3].Value + new string('0', m.Groups[4].Length) + m.Groups[5].Value);
        return Encoding.Latin1.GetBytes(text);
    }

    // Tagged PDFs name structure elements after DOM node ids, which count up across everything the browser has
    // loaded. They are renumbered from 1 in their original order, which keeps the sorted ID tree sorted.
    private static string RenumberNodeIds(string text)
    {
        var ids = NodeIdPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct()
            .OrderBy(id => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var renumbered = ids.Select((id, i) => (id, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(id.Length, '0')))
            .ToDictionary(p => p.id, p => p.Item2);
        return NodeIdPattern().Replace(text, m => "(node" + renumbered[m.Groups[1].Value] + ")");
    }

    // Digits become a fixed date (2000-01-01 00:00:00), everything else (separators, zone) is kept.
    private static string Fixed(string value)
    {
        const string digits = "20000101000000000000";
        var chars = value.ToCharArray();
        var next = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = next < digits.Length ? digits[next++] : '0';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"\(node(\d+)\)")]
    private static partial Regex NodeIdPattern();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)")]
    private static partial Regex XmpDatePattern();

    [GeneratedRegex(@"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)")]
    private static partial Regex IdPattern();
}

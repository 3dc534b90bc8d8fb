using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Printing;

/// <summary>
/// Sets a PDF's title and author. Chromium writes only the title of the HTML page; this appends an incremental
/// update (a new information dictionary and a trailer that points back to the old cross-reference table), the
/// standard way to amend a PDF without touching its pages, outline or tags.
/// </summary>
public static partial class PdfMetadata
{
    public static byte[] Set(byte[] pdf, string title, string author)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = StartXrefPattern().Matches(text);
        var trailer = TrailerPattern().Matches(text);
        if (start.Count == 0 || trailer.Count == 0)
        {
            return pdf; // not the classic layout Chromium writes: leave the file as it is
        }

        var last = trailer[^1].Groups[1].Value;
        var size = SizePattern().Match(last);
        var root = RootPattern().Match(last);
        if (!size.Success || !root.Success)
        {
            return pdf;
        }

        var number = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var previous = start[^1].Groups[1].Value;
        var update = new StringBuilder();
        var objectOffset = pdf.Length + 1;
        update.Append('\n').Append(number).Append(" 0 obj\n<< /Title ").Append(PdfString(title))
            .Append(" /Author ").Append(PdfString(author)).Append(" /Creator (BriefingGen) /Producer (Skia/PDF) >>\nendobj\n");
        var xrefOffset = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n").Append(number).Append(" 1\n").Append(objectOffset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n")
            .Append("trailer\n<< /Size ").Append(number + 1).Append(" /Root ").Append(root.Groups[1].Value)
            .Append(" /Info ").Append(number).Append(" 0 R /Prev ").Append(previous).Append(" >>\nstartxref\n")
            .Append(xrefOffset).Append("\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>A PDF text string in UTF-16 with a byte order mark, written in hex so no character needs escaping.</summary>
    private static string PdfString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootPattern();
}

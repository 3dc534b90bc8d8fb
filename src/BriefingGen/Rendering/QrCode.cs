using System.Globalization;
using System.Text;
using QRCoder;

namespace BriefingGen.Rendering;

/// <summary>
/// A QR code of a web address as vector geometry for <c>partials/qr-code.html</c>: the side in modules (quiet zone
/// included) and one SVG path of the dark modules, a rectangle for each run in a row. QRCoder encodes; the theme draws.
/// </summary>
public sealed record QrCode(int Size, string Path, string Url)
{
    public static QrCode Encode(string url)
    {
        // Level M survives a crease or a coffee ring on a handout and keeps a long address scannable at 2.5 cm.
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            var row = rows[y];
            for (var x = 0; x < row.Length; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < row.Length && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        return new QrCode(rows.Count, path.ToString(), url);
    }
}

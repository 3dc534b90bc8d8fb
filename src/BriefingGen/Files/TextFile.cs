using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Files;

/// <summary>Reads a text file as strict UTF-8 (a leading BOM is dropped), reporting problems instead of throwing.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="realPath">The file's real path (see <see cref="RealPath"/>).</param>
    public static string? Read(string realPath, string displayPath, DiagnosticBag diagnostics, long maxBytes) =>
        RegularFile.Read(realPath, displayPath, diagnostics, maxBytes) is { } bytes ? Decode(bytes, displayPath, diagnostics) : null;

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Locate(span, e.Index);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceSpan(displayPath, line, column),
                "the file is not UTF-8 text; save it as UTF-8 in your editor");
            return null;
        }
    }

    // Line and column (in characters) of the first invalid byte.
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var lineStart = bytes[..index].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..index].Count((byte)'\n') + 1;
        var before = Encoding.UTF8.GetString(bytes[lineStart..index]);
        var column = Diagnostics.EditorColumn.FromUtf16(before, 1, before.Length + 1);
        return (line, column);
    }
}

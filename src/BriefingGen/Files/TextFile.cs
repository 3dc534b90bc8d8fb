using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Files;

/// <summary>Reads a text file as strict UTF-8 (a leading BOM is dropped), reporting problems instead of throwing.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, long maxBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.File(displayPath),
                    $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} (raise limits.max_file_bytes in site.config.yml if this is intended)");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(displayPath), $"cannot read the file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(displayPath), "cannot read the file: permission denied");
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

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
        var column = Diagnostics.EditorColumn.Of(before, 1, before.Length + 1);
        return (line, column);
    }
}

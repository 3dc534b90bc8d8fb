using BriefingGen.Diagnostics;

namespace BriefingGen.Files;

/// <summary>
/// Reads the bytes of a regular file, never more than a limit: a FIFO, a device or a folder is refused before it is
/// opened, and a file that grows past the limit while it is read is refused rather than read to the end.
/// </summary>
public static class RegularFile
{
    /// <param name="realPath">The file's real path (see <see cref="RealPath"/>): a link found here is refused.</param>
    public static byte[]? Read(string realPath, string displayPath, DiagnosticBag diagnostics, long maxBytes)
    {
        var entry = FileEntry.Probe(realPath);
        if (Refusal(entry, displayPath, diagnostics, maxBytes))
        {
            return null;
        }

        try
        {
            using var handle = File.OpenHandle(realPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                TooLarge(displayPath, diagnostics, length, maxBytes);
                return null;
            }

            var buffer = new byte[length];
            var total = ReadInto(handle, buffer, 0);
            if (total < buffer.Length)
            {
                return buffer[..total]; // it shrank since its length was read
            }

            // A file that grows while it is read is read on, but never past the limit. One byte is probed first, so that
            // a file that did not grow (nearly every one) costs no second buffer twice its size.
            Span<byte> probe = stackalloc byte[1];
            if (RandomAccess.Read(handle, probe, total) == 0)
            {
                return buffer;
            }

            while (true)
            {
                var next = (int)Math.Min(maxBytes + 1, Math.Max(buffer.Length * 2L, 4096));
                var grown = new byte[next];
                buffer.CopyTo(grown, 0);
                var more = ReadInto(handle, grown, total);
                if (more == total)
                {
                    return buffer;
                }

                (buffer, total) = (grown, more);
                if (total > maxBytes)
                {
                    TooLarge(displayPath, diagnostics, total, maxBytes);
                    return null;
                }

                if (total < buffer.Length)
                {
                    return buffer[..total];
                }
            }
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
    }

    /// <summary>Reports why an entry cannot be read as a file within the limit; false when it can.</summary>
    public static bool Refusal(FileEntry entry, string displayPath, DiagnosticBag diagnostics, long maxBytes)
    {
        switch (entry.Kind)
        {
            case EntryKind.RegularFile when entry.Length > maxBytes:
                TooLarge(displayPath, diagnostics, entry.Length, maxBytes);
                return true;
            case EntryKind.RegularFile when entry.Names > 1:
                // Git never makes one, and its other name may be anywhere on the same disk: /etc/shadow as content/x.txt.
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(displayPath),
                    $"this file is a hard link (it has {entry.Names} names), and its other names may be outside the site; BriefingGen reads only files inside the site: replace it with a copy");
                return true;
            case EntryKind.RegularFile:
                return false;
            case EntryKind.Missing:
                diagnostics.Error(DiagnosticCodes.InternalError, SourceSpan.File(displayPath), "cannot read the file: it was removed while the site was read");
                return true;
            case EntryKind.SymbolicLink:
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(displayPath),
                    "this file was replaced by a symbolic link while the site was read; build again");
                return true;
            default:
                diagnostics.Error(DiagnosticCodes.NotRegularFile, SourceSpan.File(displayPath),
                    "this is not a regular file (a folder, FIFO, device or socket); BriefingGen reads only regular files: remove it or replace it with a file");
                return true;
        }
    }

    // Reads from the offset until the buffer is full or the file ends; the bytes in the buffer after.
    private static int ReadInto(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] buffer, int offset)
    {
        while (offset < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(offset), offset);
            if (read == 0)
            {
                break;
            }

            offset += read;
        }

        return offset;
    }

    private static void TooLarge(string displayPath, DiagnosticBag diagnostics, long length, long maxBytes) =>
        diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.File(displayPath),
            $"file is {length:N0} bytes, over the limit of {maxBytes:N0} (raise limits.max_file_bytes in site.config.yml if this is intended)");
}

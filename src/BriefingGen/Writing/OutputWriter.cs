using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Files;

namespace BriefingGen.Writing;

/// <summary>
/// Writes a build into a fresh folder beside the output and swaps it in only when complete, so that a failed or
/// interrupted build leaves the previous output as it was. A lock file keeps two builds from writing at once.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly FileStream? _lock; // null when the caller holds the lock (serve, for as long as it runs)
    private readonly string _output;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private readonly long _maxBytes;
    private long _bytes;
    private string? _refused;

    private OutputWriter(string output, FileStream? lockStream, string staging, long maxBytes)
    {
        _output = output;
        _lock = lockStream;
        Staging = staging;
        _maxBytes = maxBytes;
    }

    /// <summary>The folder being filled; swapped in by <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>
    /// The file a build writes into the root of its output: a folder that has it (or an empty one) may be replaced
    /// by a build; any other folder is refused, so that a mistyped output never deletes a repository or documents.
    /// </summary>
    public const string MarkerFile = ".briefinggen-output";

    private const string MarkerText = "This folder was written by BriefingGen. A build replaces it whole: do not keep other files here.\n";

    /// <summary>Whether a build may replace this folder: it is missing, empty, or a BriefingGen output.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output) || File.Exists(Path.Combine(output, MarkerFile)) || !Directory.EnumerateFileSystemEntries(output).Any();

    /// <summary>
    /// The first file that would have taken the output past its size limit, or null. Neither it nor any file after
    /// it is written, and the staging folder is never swapped in: a few pages embedding a huge data text must not fill the disk.
    /// </summary>
    public string? RefusedForSize => Volatile.Read(ref _refused);

    /// <summary>Takes the lock on <paramref name="output"/> and makes an empty staging folder; null (with a diagnostic) when another build holds it.</summary>
    /// <param name="maxBytes">The most the files written may add up to (<c>limits.max_output_bytes</c>).</param>
    public static OutputWriter? Open(string output, DiagnosticBag diagnostics, long maxBytes = long.MaxValue)
    {
        var lockStream = TakeLock(output);
        if (lockStream is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceSpan.File(output),
                "another build (or a running 'briefinggen serve') is writing this output folder; wait for it to finish, or stop serve, and build again");
            return null;
        }

        return Stage(output, lockStream, maxBytes);
    }

    /// <summary>Makes an empty staging folder for a caller that holds the lock already (<see cref="TakeLock"/>); disposing the writer leaves the lock held.</summary>
    public static OutputWriter OpenLocked(string output, FileStream heldLock, long maxBytes = long.MaxValue)
    {
        if (heldLock.Name != LockPath(output))
        {
            throw new ArgumentException($"the lock held is {heldLock.Name}, not the lock of {output}", nameof(heldLock));
        }

        return Stage(output, null, maxBytes);
    }

    /// <summary>
    /// Takes the lock that keeps two writers off one output folder (a <c>.NAME.lock</c> file beside it, opened for no one
    /// else) and holds it until the stream is disposed; null when another build or serve holds it.
    /// </summary>
    public static FileStream? TakeLock(string output)
    {
        var path = LockPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string LockPath(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    private static OutputWriter Stage(string output, FileStream? lockStream, long maxBytes)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        // Only this output's own leftovers are cleaned, under its lock: 'site' never touches '.site.en.staging'.
        var staging = Path.Combine(parent, $".{name}.staging");
        var retired = Path.Combine(parent, $".{name}.old");
        Recover(full, retired);
        TryDelete(staging);
        TryDelete(retired);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);
        return new OutputWriter(full, lockStream, staging, maxBytes);
    }

    // A build killed between the two renames of a swap without RENAME_EXCHANGE leaves the last good output as '.old'.
    private static void Recover(string output, string retired)
    {
        if (!Directory.Exists(output) && Directory.Exists(retired))
        {
            Directory.Move(retired, output);
        }
    }

    /// <summary>Writes a file into the staging folder; false, writing nothing, when the output would pass its size limit.</summary>
    public bool Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (Interlocked.Add(ref _bytes, bytes.Length) > _maxBytes)
        {
            Interlocked.CompareExchange(ref _refused, relativePath, null);
            return false;
        }

        var path = Path.Combine(Staging, relativePath);
        // GetOrAdd returns only once the folder exists: with TryAdd first, a second thread could write into it too early.
        _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => Directory.CreateDirectory(folder).Exists);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        return true;
    }

    /// <summary>Writes text as UTF-8 (no byte-order mark), encoded into a pooled buffer rather than a new array per page.</summary>
    /// <param name="bytes">How many bytes the text is, written or not.</param>
    public bool WriteText(string relativePath, string text, out int bytes) => WriteText(relativePath, text.AsSpan(), out bytes);

    /// <inheritdoc cref="WriteText(string, string, out int)"/>
    public bool WriteText(string relativePath, ReadOnlySpan<char> text, out int bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            bytes = Utf8.GetBytes(text, buffer);
            return Write(relativePath, buffer.AsSpan(0, bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Replaces the output with the staging folder. Where the system can, the two are exchanged in one step, so a
    /// kill at any instant leaves a complete output; elsewhere the old output is renamed aside first, and the next
    /// build puts it back if the kill came between the two renames.
    /// </summary>
    public void Commit()
    {
        if (RefusedForSize is not null)
        {
            throw new InvalidOperationException($"the output is incomplete: {RefusedForSize} was over the size limit");
        }

        if (!Directory.Exists(_output))
        {
            Directory.Move(Staging, _output);
            return;
        }

        if (FolderExchange.TryExchange(Staging, _output))
        {
            TryDelete(Staging); // now the old output
            return;
        }

        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old");
        TryDelete(retired);
        Directory.Move(_output, retired);
        Directory.Move(Staging, _output);
        TryDelete(retired);
    }

    public void Dispose()
    {
        TryDelete(Staging);
        _lock?.Dispose();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

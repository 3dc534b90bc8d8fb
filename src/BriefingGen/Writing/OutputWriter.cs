using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using BriefingGen.Diagnostics;

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

    private OutputWriter(string output, FileStream? lockStream, string staging)
    {
        _output = output;
        _lock = lockStream;
        Staging = staging;
    }

    /// <summary>The folder being filled; swapped in by <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>Takes the lock on <paramref name="output"/> and makes an empty staging folder; null (with a diagnostic) when another build holds it.</summary>
    public static OutputWriter? Open(string output, DiagnosticBag diagnostics)
    {
        var lockStream = TakeLock(output);
        if (lockStream is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceSpan.File(output),
                "another build (or a running 'briefinggen serve') is writing this output folder; wait for it to finish, or stop serve, and build again");
            return null;
        }

        return Stage(output, lockStream);
    }

    /// <summary>Makes an empty staging folder for a caller that holds the lock already (<see cref="TakeLock"/>); disposing the writer leaves the lock held.</summary>
    public static OutputWriter OpenLocked(string output, FileStream heldLock)
    {
        if (heldLock.Name != LockPath(output))
        {
            throw new ArgumentException($"the lock held is {heldLock.Name}, not the lock of {output}", nameof(heldLock));
        }

        return Stage(output, null);
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

    private static OutputWriter Stage(string output, FileStream? lockStream)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            TryDelete(stale);
        }

        var staging = Path.Combine(parent, $".{name}.staging");
        Directory.CreateDirectory(staging);
        return new OutputWriter(full, lockStream, staging);
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(Staging, relativePath);
        // GetOrAdd returns only once the folder exists: with TryAdd first, a second thread could write into it too early.
        _folders.GetOrAdd(Path.GetDirectoryName(path)!, folder => Directory.CreateDirectory(folder).Exists);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
    }

    /// <summary>Writes text as UTF-8 (no byte-order mark), encoded into a pooled buffer rather than a new array per page.</summary>
    public void WriteText(string relativePath, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            Write(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces the output with the staging folder: two renames, the old output deleted after.</summary>
    public void Commit()
    {
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old");
        TryDelete(retired);
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, retired);
        }

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

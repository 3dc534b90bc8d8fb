using System.Runtime.InteropServices;

namespace BriefingGen.Files;

/// <summary>
/// The real path of a file or folder, with every component resolved through its links (<c>realpath(3)</c>): the only
/// form in which "is this inside the site?" can be answered by comparing paths.
/// </summary>
public static unsafe partial class RealPath
{
    /// <summary>The real path, or null when the path leads to nothing, loops, or cannot be resolved.</summary>
    public static string? Resolve(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfOnWindows(path);
        }

        var resolved = NativeRealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            NativeMemory.Free((void*)resolved);
        }
    }

    /// <summary>Whether <paramref name="path"/> (a real path) is <paramref name="folder"/> (a real path) or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = folder.Length > 1 ? folder.TrimEnd(Path.DirectorySeparatorChar) : folder;
        if (path.Length == trimmed.Length)
        {
            return string.Equals(path, trimmed, StringComparison.Ordinal);
        }

        return path.StartsWith(trimmed, StringComparison.Ordinal) &&
               (trimmed.EndsWith(Path.DirectorySeparatorChar) || path[trimmed.Length] == Path.DirectorySeparatorChar);
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    // Windows is not a platform BriefingGen is tested on; the final target of each link is enough there.
    private static string? OfOnWindows(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists)
            {
                return null;
            }

            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}

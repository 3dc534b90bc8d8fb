using System.Runtime.InteropServices;

namespace BriefingGen.Files;

/// <summary>Swaps two folders in one step (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so that at every instant both exist.</summary>
public static partial class FolderExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two folders were swapped; false when the system cannot swap in one step (the caller falls back).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}

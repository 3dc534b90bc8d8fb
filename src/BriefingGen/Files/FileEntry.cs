using System.Runtime.InteropServices;

namespace BriefingGen.Files;

/// <summary>What a path names, as the file system says without following a final link.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, device or socket: never read (a FIFO blocks, <c>/dev/zero</c> never ends).</summary>
    Special,
}

/// <summary>
/// A path's kind, size, modification time and number of names (hard links), from one <c>statx(2)</c> call that does
/// not follow a final link.
/// </summary>
public readonly partial record struct FileEntry(EntryKind Kind, long Length, DateTime ModifiedUtc, int Names = 1)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxNlink = 0x4, StatxMtime = 0x40, StatxSize = 0x200;
    private const int ModeType = 0xF000, ModeRegular = 0x8000, ModeDirectory = 0x4000, ModeLink = 0xA000;

    // struct statx has the same layout on every Linux architecture: 256 bytes, stx_nlink (u32) at 16, stx_mode (u16) at 28,
    // stx_size (u64) at 40, stx_mtime (i64 seconds, u32 nanoseconds) at 112.
    private const int StatxSizeBytes = 256, NlinkOffset = 16, ModeOffset = 28, SizeOffset = 40, MtimeOffset = 112;
    private const long MinSeconds = -62_135_596_800L, MaxSeconds = 253_402_300_799L; // what DateTime holds

    public static FileEntry Probe(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return ProbeWithoutStatx(path);
        }

        Span<byte> buffer = stackalloc byte[StatxSizeBytes];
        buffer.Clear();
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxMode | StatxNlink | StatxSize | StatxMtime, buffer) != 0)
        {
            return new FileEntry(EntryKind.Missing, 0, default);
        }

        // The fields are in the machine's own byte order.
        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]) & ModeType;
        var length = MemoryMarshal.Read<long>(buffer[SizeOffset..]);
        var seconds = MemoryMarshal.Read<long>(buffer[MtimeOffset..]);
        var nanoseconds = MemoryMarshal.Read<uint>(buffer[(MtimeOffset + 8)..]);
        var names = (int)Math.Min(MemoryMarshal.Read<uint>(buffer[NlinkOffset..]), int.MaxValue);
        var modified = seconds is > MinSeconds and < MaxSeconds
            ? DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond + nanoseconds / 100)
            : DateTime.UnixEpoch;
        var kind = mode switch
        {
            ModeRegular => EntryKind.RegularFile,
            ModeDirectory => EntryKind.Directory,
            ModeLink => EntryKind.SymbolicLink,
            _ => EntryKind.Special,
        };
        return new FileEntry(kind, length, modified, names);
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);

    // Elsewhere than Linux a FIFO or device cannot be told from a file by .NET's own API; BriefingGen is tested on Linux.
    private static FileEntry ProbeWithoutStatx(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                return new FileEntry(EntryKind.SymbolicLink, 0, file.LastWriteTimeUtc);
            }

            if (file.Exists)
            {
                return new FileEntry(EntryKind.RegularFile, file.Length, file.LastWriteTimeUtc);
            }

            return Directory.Exists(path) ? new FileEntry(EntryKind.Directory, 0, Directory.GetLastWriteTimeUtc(path)) : default;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return default;
        }
    }
}

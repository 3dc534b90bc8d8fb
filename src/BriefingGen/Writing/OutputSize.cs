namespace BriefingGen.Writing;

/// <summary>Where a build's files pass <c>limits.max_output_bytes</c>, counted in a fixed order so that the file named does not depend on the thread schedule.</summary>
public static class OutputSize
{
    /// <summary>The first file, in the order given, that takes the total past <paramref name="maxBytes"/>, or null.</summary>
    public static string? FirstOver(IEnumerable<(string Path, long Bytes)> files, long maxBytes)
    {
        var total = 0L;
        foreach (var (path, bytes) in files)
        {
            total += bytes;
            if (total > maxBytes)
            {
                return path;
            }
        }

        return null;
    }
}

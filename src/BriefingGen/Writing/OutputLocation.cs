using BriefingGen.Files;

namespace BriefingGen.Writing;

/// <summary>Where an output folder really is, whether or not it exists yet.</summary>
public static class OutputLocation
{
    /// <summary>
    /// The real path of <paramref name="path"/>: its own when it exists (a link to a folder is the folder it leads
    /// to), else the real path of its nearest existing parent with the rest of the path below it; null when it
    /// cannot be resolved.
    /// </summary>
    public static string? RealPathOf(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return null;
        }

        if (full.Length == 0)
        {
            return Path.DirectorySeparatorChar.ToString();
        }

        var rest = new Stack<string>();
        var existing = full;
        while (FileEntry.Probe(existing).Kind == EntryKind.Missing)
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                return null;
            }

            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }

        var real = RealPath.Resolve(existing);
        if (real is null)
        {
            return null; // a link that leads nowhere, or a loop
        }

        while (rest.Count > 0)
        {
            real = Path.Join(real, rest.Pop());
        }

        return real;
    }
}

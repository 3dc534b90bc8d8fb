using System.IO.Enumeration;
using BriefingGen.Diagnostics;
using BriefingGen.Files;

namespace BriefingGen.Loading;

/// <summary>
/// Lists the files under a folder of the site. Every path is known by its real path: a folder's entries are its real
/// path plus their names, and a symbolic link is resolved whole (each component, <see cref="RealPath"/>) and followed
/// only when it stays inside the site and out of hidden folders. Each real folder is walked once, so links cannot make
/// the walk loop or grow faster than the site; hidden entries are skipped.
/// </summary>
internal static class FolderWalk
{
    /// <param name="root">The site folder's real path.</param>
    /// <param name="links">Where the symbolic links met are noted (site paths), when the caller asks.</param>
    /// <param name="refused">Where the links that were refused are noted (site paths), when the caller asks.</param>
    /// <param name="output">The output folder's real path, if known: links into it are refused.</param>
    public static List<ListedFile> Files(string root, string folder, DiagnosticBag diagnostics, List<string>? links = null, List<string>? refused = null,
        string? output = null)
    {
        var found = new List<ListedFile>();
        var start = Path.Join(root, folder);
        var link = FirstLink(root, folder);
        if (link is null && FileEntry.Probe(start).Kind != EntryKind.Directory)
        {
            return found;
        }

        var startReal = link is null ? start : RealPath.Resolve(start);
        if (link is not null)
        {
            links?.Add(link);
            if (Refused(root, startReal, output) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(link), $"this folder is a symbolic link that {why}; BriefingGen reads only files inside the site");
                return found;
            }
        }

        if (startReal is null || FileEntry.Probe(startReal).Kind != EntryKind.Directory)
        {
            return found;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { startReal };
        var pendingLinks = new List<(string SitePath, string FullPath)>();
        Walk(folder, startReal, visited, found, pendingLinks);
        for (var i = 0; i < pendingLinks.Count; i++)
        {
            var (sitePath, fullPath) = pendingLinks[i];
            links?.Add(sitePath);
            var target = RealPath.Resolve(fullPath);
            if (Refused(root, target, output) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, SourceSpan.File(sitePath), $"this symbolic link {why}; BriefingGen reads only files inside the site");
                refused?.Add(sitePath);
                continue;
            }

            switch (FileEntry.Probe(target!).Kind)
            {
                case EntryKind.Directory:
                    // A folder walked already (the link's own parent, or one listed under its own name) is not listed again.
                    if (visited.Add(target!))
                    {
                        Walk(sitePath, target!, visited, found, pendingLinks);
                    }

                    break;
                case EntryKind.RegularFile:
                    found.Add(new ListedFile(sitePath, target!));
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.NotRegularFile, SourceSpan.File(sitePath),
                        "this symbolic link leads to a FIFO, device or socket; BriefingGen reads only regular files");
                    refused?.Add(sitePath);
                    break;
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.SitePath, b.SitePath));
        return found;
    }

    // Lists folders depth first without following links; the links met are left for the caller.
    private static void Walk(string sitePath, string realPath, HashSet<string> visited, List<ListedFile> found, List<(string, string)> links)
    {
        var pending = new Stack<(string SitePath, string RealPath)>();
        pending.Push((sitePath, realPath));
        while (pending.Count > 0)
        {
            var (folderSitePath, folderRealPath) = pending.Pop();
            foreach (var (name, isFolder, isLink) in Entries(folderRealPath))
            {
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var childSitePath = folderSitePath + "/" + name;
                var childRealPath = Path.Join(folderRealPath, name);
                if (isLink)
                {
                    links.Add((childSitePath, childRealPath));
                }
                else if (isFolder)
                {
                    if (visited.Add(childRealPath))
                    {
                        pending.Push((childSitePath, childRealPath));
                    }
                }
                else
                {
                    found.Add(new ListedFile(childSitePath, childRealPath));
                }
            }
        }
    }

    // A folder's entries in name order, with what the directory listing itself says of them (no call per entry).
    private static List<(string Name, bool IsFolder, bool IsLink)> Entries(string folder)
    {
        try
        {
            var entries = new FileSystemEnumerable<(string, bool, bool)>(folder,
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true, RecurseSubdirectories = false }).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // removed or made unreadable while the site was listed
        }
    }

    // Why a link's real target may not be read, or null when it may.
    private static string? Refused(string root, string? target, string? output)
    {
        if (target is null)
        {
            return "leads to nothing, or to a loop of links";
        }

        if (!RealPath.IsInside(target, root))
        {
            return "leads outside the site folder";
        }

        if (target.Length <= root.TrimEnd(Path.DirectorySeparatorChar).Length)
        {
            return "leads to the site folder itself";
        }

        if (output is not null && RealPath.IsInside(target, output))
        {
            return "leads into the output folder (each build would copy the last one into itself)";
        }

        var relative = Path.GetRelativePath(root, target);
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
        {
            return "leads into a hidden file or folder (such as .git)";
        }

        return null;
    }

    // The site path of the first component of the folder that is a link (templates, when templates/assets is
    // reached through it), or null when there is none.
    private static string? FirstLink(string root, string folder)
    {
        var parts = folder.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('/', parts[..i]);
            var kind = FileEntry.Probe(Path.Join(root, prefix)).Kind;
            if (kind == EntryKind.SymbolicLink)
            {
                return prefix;
            }

            if (kind != EntryKind.Directory)
            {
                return null;
            }
        }

        return null;
    }
}

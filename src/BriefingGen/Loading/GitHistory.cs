using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using BriefingGen.Yaml;

namespace BriefingGen.Loading;

/// <summary>
/// Reads when each content file was last committed, with one <c>git log</c> over the content folder a build (never a
/// process a page). A site outside a git work tree, a shallow clone (whose history would date every file to its one
/// commit), or a machine without git gives no dates, and the build goes on without them.
/// </summary>
public static class GitHistory
{
    // A commit's line starts with this (the record separator), then the committer's day as the committer's clock read
    // it (%cs): the same in every time zone the build runs in.
    private const char CommitMark = '\u001e';
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>The last commit's day of every file under <c>content/</c> of the site at <paramref name="root"/> (its real path).</summary>
    public static CommitDates Read(string root) => Head(root) is null ? CommitDates.None : Log(root);

    /// <summary>
    /// The commit checked out in the git work tree at <paramref name="root"/>; null outside one, in a shallow clone, or
    /// before the first commit. The dates of <see cref="Log"/> change only with it.
    /// </summary>
    public static string? Head(string root) =>
        // One call answers all three: "true" for a work tree, "false" unless the clone is shallow, then the commit.
        Git(root, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "HEAD") is { } where &&
        where.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is ["true", "false", var head]
            ? head
            : null;

    /// <summary>The last commit's day of every file under <c>content/</c>, from git's history (see <see cref="Head"/> for when it may be read); <see cref="CommitDates.None"/> when git could not read it.</summary>
    public static CommitDates Log(string root) =>
        // --relative: paths from the site folder (the repository may hold more than the site); -z: names as they are, unquoted.
        Git(root, "log", "--relative", "--name-only", "-z", $"--format={CommitMark}%cs", "--", SiteLoader.ContentFolder) is { } log
            ? Parse(log)
            : CommitDates.None;

    /// <summary>
    /// Reads <c>git log --name-only -z --format=%x1e%cs</c>: each commit's day, then the files it touched, every field
    /// ended by NUL. A file takes the newest day of the commits that touched it.
    /// </summary>
    public static CommitDates Parse(string log)
    {
        var dates = new Dictionary<string, WrittenDate>(StringComparer.Ordinal);
        WrittenDate? day = null;
        foreach (var field in log.Split('\0'))
        {
            if (field.StartsWith(CommitMark))
            {
                day = WrittenDate.Parse(field[1..]);
                continue;
            }

            // The first name after a commit's line comes after the newline that ends it.
            var path = field.StartsWith('\n') ? field[1..] : field;
            if (path.Length > 0 && day is { } touched &&
                (!dates.TryGetValue(path, out var known) || known.FirstDay < touched.FirstDay))
            {
                dates[path] = touched;
            }
        }

        return new CommitDates(dates);
    }

    // Git's output, or null when it cannot run here or fails (no git, not a repository, a repository it will not trust).
    private static string? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        // A user's settings must not change what is read (or run anything: a signature check runs gpg).
        foreach (var argument in new[] { "-c", "log.showSignature=false", "-c", "core.quotePath=false", "--no-pager" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.StandardInput.Close();
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (Win32Exception)
        {
            return null; // no git on this machine
        }
    }
}

using System.Diagnostics;

namespace BriefingGen.Indexing;

/// <summary>Finds Pagefind: the config's <c>search.pagefind</c>, the site's <c>node_modules/.bin</c>, PATH, then an installed npx package.</summary>
public static class PagefindLocator
{
    public const string InstallHint =
        "search is left out: install Pagefind to add it (npm install -g pagefind, or npm install pagefind in the site folder)";

    /// <summary>The command line that runs Pagefind (program and leading arguments), or null.</summary>
    public static (string Program, string[] Prefix)? Find(string siteRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? (Path.GetFullPath(configured), []) : null;
        }

        var local = Path.Combine(siteRoot, "node_modules", ".bin", "pagefind");
        if (File.Exists(local))
        {
            return (Path.GetFullPath(local), []);
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "pagefind")))
            {
                return (Path.Combine(folder, "pagefind"), []);
            }
        }

        // npx with --no-install runs Pagefind only when npm already has it: a build never downloads anything.
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var npx = Path.Combine(folder, "npx");
            if (File.Exists(npx) && Answers(npx, ["--no-install", "pagefind", "--version"]))
            {
                return (npx, ["--no-install", "pagefind"]);
            }
        }

        return null;
    }

    private static bool Answers(string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using BriefingGen.Diagnostics;

namespace BriefingGen.Indexing;

/// <summary>Runs Pagefind over a written site, which adds its index and search UI under <c>pagefind/</c>.</summary>
public static class PagefindIndexer
{
    public static bool Run((string Program, string[] Prefix) pagefind, string siteFolder, DiagnosticBag diagnostics)
    {
        var start = new ProcessStartInfo(pagefind.Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in pagefind.Prefix.Concat(["--site", siteFolder]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            diagnostics.Error(DiagnosticCodes.SearchIndexFailed, SourceSpan.File("search"),
                $"Pagefind could not index the site: {(errors + output.Result).Trim().Split('\n').LastOrDefault()}");
            return false;
        }

        return true;
    }
}

using BriefingGen;

namespace BriefingGen.Cli;

/// <summary>What the commands do with the library, and how they report: diagnostics on stderr, a summary line, an exit code.</summary>
public static class Commands
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Build(BuildOptions options)
    {
        if (!Directory.Exists(options.Source))
        {
            Console.Error.WriteLine($"briefinggen: the site folder '{options.Source}' does not exist");
            return UsageError;
        }

        var result = PrintProgress.Run(options, SiteBuilder.Build);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        var verb = options.Write ? $"{result.PagesWritten} pages written" : "checked, nothing written";
        if (result.PdfsWritten > 0)
        {
            verb += $", {result.PdfsWritten} PDFs";
        }
        Console.WriteLine($"{verb}, {Count(result.Warnings, "warning")}, {Count(result.Errors, "error")} in {result.Elapsed.TotalSeconds:0.00} s");
        if (result.Succeeded && options.Write && result.OutputPath is not null)
        {
            Console.WriteLine($"site: {result.OutputPath}");
        }

        return result.Succeeded ? Success : ContentErrors;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

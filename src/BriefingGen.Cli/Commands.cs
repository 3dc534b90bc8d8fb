using BriefingGen;
using BriefingGen.Pipeline;

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

        if (OutputIsNotAFolder(options))
        {
            return UsageError;
        }

        var result = PrintProgress.Run(options, SiteBuilder.Build);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        foreach (var note in result.Notes)
        {
            Console.WriteLine($"note: {note}");
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

    public static async Task<int> ServeAsync(BuildOptions options, string host, int port, CancellationToken cancellation)
    {
        if (!Directory.Exists(options.Source))
        {
            Console.Error.WriteLine($"briefinggen: the site folder '{options.Source}' does not exist");
            return UsageError;
        }

        if (OutputIsNotAFolder(options))
        {
            return UsageError;
        }

        if (host is not ("127.0.0.1" or "localhost" or "::1"))
        {
            Console.Error.WriteLine("briefinggen: serve listens on loopback only (127.0.0.1, localhost or ::1); it is a preview, not a web server");
            return UsageError;
        }

        await using var server = new Serve.DevServer(options, Console.Out);
        try
        {
            if (!await server.StartAsync(host, port, cancellation))
            {
                return ContentErrors;
            }
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"briefinggen: cannot listen on {host}:{port}: {e.Message}");
            return UsageError;
        }

        Console.WriteLine($"serving {server.Address} (Ctrl+C to stop); watching content/, templates/ and site.config.yml");
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Stopping);
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return Success;
    }

    public static int NewPage(string source, string kind, string title)
    {
        var (path, problem) = BriefingGen.Scaffolding.Scaffold.NewPage(source, kind, title, DateOnly.FromDateTime(DateTime.Today));
        if (problem is not null)
        {
            Console.Error.WriteLine($"briefinggen: {problem}");
            return UsageError;
        }

        Console.WriteLine($"wrote {path}: fill in the fields you need and delete the rest");
        return Success;
    }

    public static int Init(string folder, string? ci)
    {
        var existing = ci is not null && File.Exists(Path.Combine(folder, "site.config.yml"));
        var problem = BriefingGen.Scaffolding.SiteTemplate.Init(folder, DateOnly.FromDateTime(DateTime.Today), ci);
        if (problem is not null)
        {
            Console.Error.WriteLine($"briefinggen: {problem}");
            return UsageError;
        }

        if (ci is not null)
        {
            Console.WriteLine($"wrote {Path.Combine(folder, BriefingGen.Scaffolding.CiWorkflow.PathFor(ci))}: commit it, and the site is built on every push and published from the main branch");
        }

        if (!existing)
        {
            Console.WriteLine($"created a site in {folder}: run 'briefinggen serve --source {folder}' to see it");
        }

        return Success;
    }

    public static int ThemeExport(string site)
    {
        if (!Directory.Exists(site))
        {
            Console.Error.WriteLine($"briefinggen: the site folder '{site}' does not exist");
            return UsageError;
        }

        var result = BriefingGen.Scaffolding.ThemeExport.Export(site);
        foreach (var path in result.Written)
        {
            Console.WriteLine($"wrote {path}");
        }

        foreach (var path in result.Skipped)
        {
            Console.WriteLine($"skipped {path}: the site already has it");
        }

        Console.WriteLine($"{Count(result.Written.Count, "file")} written, {result.Skipped.Count} skipped; delete any you do not change, so that theme updates reach them");
        return Success;
    }

    public static int Schema(string source, string? folder)
    {
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"briefinggen: the site folder '{source}' does not exist");
            return UsageError;
        }

        var target = folder ?? Path.Combine(source, BriefingGen.Schemas.SchemaFiles.DefaultFolder);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"briefinggen: '{target}' is a file; give a folder to write the schemas into");
            return UsageError;
        }

        foreach (var path in BriefingGen.Schemas.SchemaFiles.Write(target))
        {
            Console.WriteLine($"wrote {path}");
        }

        return Success;
    }

    // --output naming a file is a mistyped command, not a problem in the site.
    private static bool OutputIsNotAFolder(BuildOptions options)
    {
        if (options.Output is null || !File.Exists(options.Output))
        {
            return false;
        }

        Console.Error.WriteLine($"briefinggen: --output '{options.Output}' is a file; give a folder to write the site into");
        return true;
    }

    /// <summary>"1 error", "2 errors": a count with its noun, for what the commands print.</summary>
    internal static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

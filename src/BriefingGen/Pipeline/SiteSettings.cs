using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Files;
using BriefingGen.Loading;
using BriefingGen.Writing;

namespace BriefingGen.Pipeline;

/// <summary>The config a build runs with (the site's, with the command line's base URL), and the output folder it may write.</summary>
public static class SiteSettings
{
    /// <summary>
    /// The site's config, its base URL replaced by <see cref="BuildOptions.BaseUrl"/> when given; <see cref="BuildOptions.Pdf"/>
    /// turns the print editions on, since the PDFs are printed from them.
    /// </summary>
    public static SiteConfig Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Load(options.Source, diagnostics);
        if (options.BaseUrl is not null)
        {
            var baseUrl = ConfigLoader.NormaliseBaseUrl(options.BaseUrl);
            if (baseUrl is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, SourceSpan.File("--base-url"),
                    $"'{options.BaseUrl}' is not an absolute http or https address");
            }

            config = config with { BaseUrl = baseUrl };
        }

        if (options.Pdf && !config.Print.Editions)
        {
            config = config with { Print = config.Print with { Editions = true } };
        }

        return config;
    }

    /// <summary>
    /// The output folder's real path, refused when a build there would overwrite the site itself or a folder that
    /// is not a BriefingGen output (see <see cref="OutputWriter.MarkerFile"/>); null, with the reason, when refused.
    /// </summary>
    public static string? OutputFolder(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        var where = SourceSpan.File(options.Output is null ? ConfigLoader.FileName : "--output");
        var given = options.Output ?? Path.Combine(options.Source, config.Output);
        var source = RealPath.Resolve(options.Source) ?? Path.GetFullPath(options.Source);
        var output = OutputLocation.RealPathOf(given);
        string? problem = null;
        if (output is null)
        {
            problem = "it cannot be resolved (a loop of symbolic links, or a path too long)";
        }
        else if (FileEntry.Probe(output).Kind is not (EntryKind.Directory or EntryKind.Missing))
        {
            problem = "it is a file, not a folder";
        }
        else if (Path.GetPathRoot(output) == output || RealPath.IsInside(source, output) ||
                 RealPath.IsInside(output, Path.Join(source, SiteLoader.ContentFolder)) || RealPath.IsInside(output, Path.Join(source, SiteLoader.TemplatesFolder)))
        {
            problem = "the output folder must not be the site folder, a folder above it, its content or templates folder, or '/'";
        }
        else if (!OutputWriter.MayReplace(output))
        {
            problem = $"it is not empty and was not written by BriefingGen (it has no {OutputWriter.MarkerFile} file), so a build would delete what it holds; " +
                      "empty it or choose another output folder";
        }

        if (problem is null)
        {
            return output;
        }

        diagnostics.Error(DiagnosticCodes.OutputFolderRefused, where, $"refusing to write the site to '{output ?? given}': {problem}");
        return null;
    }
}

using BriefingGen.Loading;

namespace BriefingGen.Scaffolding;

/// <summary>Copies the default theme into a site's <c>templates/</c> for editing, keeping every file the site already has.</summary>
public static class ThemeExport
{
    /// <summary>What an export did: the files written and the files kept, as site paths (<c>templates/layouts/page.html</c>), in ordinal order.</summary>
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Skipped);

    /// <summary>Writes each theme file the site's <c>templates/</c> does not have; never overwrites one it has.</summary>
    public static Result Export(string siteRoot)
    {
        var written = new List<string>();
        var skipped = new List<string>();
        foreach (var (name, bytes) in EmbeddedTheme.All)
        {
            var sitePath = SiteLoader.TemplatesFolder + "/" + name;
            var full = Path.Combine(siteRoot, SiteLoader.TemplatesFolder, name);
            if (File.Exists(full) || Directory.Exists(full))
            {
                skipped.Add(sitePath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // CreateNew, so that a file appearing since the check above is kept rather than overwritten.
            using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
            }

            written.Add(sitePath);
        }

        return new Result(written, skipped);
    }
}

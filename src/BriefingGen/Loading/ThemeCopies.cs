using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>Finds files in a site's <c>templates/</c> that are unchanged copies of the theme's, which would stop theme updates reaching the site.</summary>
internal static class ThemeCopies
{
    /// <summary>Warns once, at the file, about each site template byte-identical to the theme's file of the same path.</summary>
    public static void Report(IEnumerable<ListedFile> siteFiles, DiagnosticBag diagnostics)
    {
        var theme = EmbeddedTheme.All.ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        foreach (var file in siteFiles)
        {
            var name = file.SitePath[(SiteLoader.TemplatesFolder.Length + 1)..];
            if (!theme.TryGetValue(name, out var bytes) || !SameBytes(file.RealPath, bytes))
            {
                continue;
            }

            diagnostics.Warning(DiagnosticCodes.TemplateSameAsTheme, SourceSpan.File(file.SitePath),
                $"{file.SitePath} is the same as the default theme's {name}; delete it to keep receiving theme updates, or edit it to override the theme");
        }
    }

    // The length is compared first so that only files that may be copies are read; an unreadable file is reported elsewhere.
    private static bool SameBytes(string path, byte[] theme)
    {
        try
        {
            return new FileInfo(path).Length == theme.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(theme);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

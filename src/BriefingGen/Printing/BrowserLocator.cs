namespace BriefingGen.Printing;

/// <summary>Finds the Chromium that prints PDFs: the config's <c>print.browser</c>, then <c>BRIEFINGGEN_CHROMIUM</c>, then PATH.</summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "BRIEFINGGEN_CHROMIUM";
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public const string InstallHint =
        "PDFs need Chromium: install it (Debian/Ubuntu: apt-get install chromium), or set print.browser in site.config.yml or the BRIEFINGGEN_CHROMIUM environment variable to its path";

    /// <summary>The browser to use, or null. A configured path is taken as it is: when it does not exist, nothing else is tried.</summary>
    public static string? Find(string? configured)
    {
        foreach (var candidate in new[] { configured, Environment.GetEnvironmentVariable(EnvironmentVariable) })
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var full = Path.Combine(folder, name);
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }
}

using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Language;

/// <summary>The small-site fixture copied and built with another <c>language</c> in its config, once per language for the test run.</summary>
public sealed class TranslatedSite
{
    private static readonly Dictionary<string, TranslatedSite> Built = new(StringComparer.Ordinal);

    private TranslatedSite(string language, bool pdf)
    {
        Source = Path.Combine(Path.GetTempPath(), "bg-language-" + Guid.NewGuid().ToString("N")[..12]);
        TemporaryFolder.DeleteAtExit(Source);
        Copy(Repository.Path("tests", "fixtures", "small-site"), Source);
        var config = Path.Combine(Source, "site.config.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("language: en-GB", "language: " + language, StringComparison.Ordinal));
        Output = Path.Combine(Source, "_site");
        Result = SiteBuilder.Build(new BuildOptions { Source = Source, Output = Output, Strict = false, Search = false, Pdf = pdf });
    }

    public static TranslatedSite Get(string language, bool pdf = false)
    {
        lock (Built)
        {
            var key = language + (pdf ? "+pdf" : "");
            if (!Built.TryGetValue(key, out var site))
            {
                Built[key] = site = new TranslatedSite(language, pdf);
            }

            return site;
        }
    }

    public string Source { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>Every page and feed the build wrote (HTML and XML), by path from the output root.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using BriefingGen.Config;

namespace BriefingGen.Loading;

/// <summary>Everything read from the site folder, each file once, in stable (ordinal path) order.</summary>
public sealed record SiteSources(
    SiteConfig Config,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyList<TemplateFile> Templates,
    IReadOnlyList<AssetFile> Assets)
{
    /// <summary>Every page file found, including those that could not be read (their errors are reported).</summary>
    public IReadOnlyList<string> PagePaths { get; init; } = [];

    /// <summary>The interface strings: the theme's <c>i18n/*.yml</c>, then the site's <c>templates/i18n/*.yml</c> (both kept, see <see cref="SiteLoader.ThemeLanguageFiles"/>).</summary>
    public IReadOnlyList<TemplateFile> LanguageFiles { get; init; } = [];

    /// <summary>The text of every page, data file and site template by its path: what diagnostics count columns in.</summary>
    public Dictionary<string, string> Texts()
    {
        var texts = Pages.Concat(DataFiles).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        foreach (var template in Templates.Concat(LanguageFiles).Where(t => t.FromSite))
        {
            texts[template.DisplayPath] = template.Text;
        }

        if (Config.Text is { } config)
        {
            texts[ConfigLoader.FileName] = config;
        }

        return texts;
    }
}

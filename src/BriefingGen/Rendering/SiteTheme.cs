using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering;

/// <summary>The templates and interface text a site's pages are rendered with.</summary>
public sealed class SiteTheme
{
    private readonly Lazy<string> _textKey;

    private SiteTheme(TemplateCatalog templates, InterfaceText text, Func<string> textKey)
    {
        Templates = templates;
        Text = text;
        _textKey = new Lazy<string>(textKey);
    }

    public TemplateCatalog Templates { get; }

    public InterfaceText Text { get; }

    /// <summary>Every language file's path and text, and the language: equal keys mean the same interface text.</summary>
    public string TextKey => _textKey.Value;

    /// <summary>Reads the site's templates (the theme's where the site has none of that name) and chooses its interface language.</summary>
    public static SiteTheme Read(SiteSources sources, DiagnosticBag diagnostics)
    {
        var (files, languageFiles, language) = (sources.Templates, sources.LanguageFiles, sources.Config.Language);
        var templates = new TemplateCatalog(files, diagnostics);
        var text = InterfaceLanguage.Choose(language, languageFiles, diagnostics, sources.Config.LanguageAt);
        return new SiteTheme(templates, text,
            () => string.Join("\n", languageFiles.Select(t => t.DisplayPath + "\n" + t.Text)) + "\nlanguage " + language);
    }
}

using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;

namespace BriefingGen.Incremental;

/// <summary>The last build's templates and interface text (serve), read again only when a template, a language file or the config's language changed.</summary>
internal sealed class ThemeMemo
{
    private Last? _last;

    private sealed record Last(IReadOnlyList<TemplateFile> Files, IReadOnlyList<TemplateFile> LanguageFiles, string Language, SiteTheme Theme,
        IReadOnlyList<Diagnostic> Problems);

    public SiteTheme Read(SiteSources sources, DiagnosticBag diagnostics)
    {
        var language = sources.Config.Language;
        if (_last is not { } last || !last.Files.SequenceEqual(sources.Templates) || !last.LanguageFiles.SequenceEqual(sources.LanguageFiles) ||
            last.Language != language)
        {
            var problems = new DiagnosticBag();
            last = _last = new Last(sources.Templates, sources.LanguageFiles, language, SiteTheme.Read(sources, problems), problems.Sorted());
        }

        foreach (var problem in last.Problems)
        {
            diagnostics.Add(problem);
        }

        return last.Theme;
    }
}

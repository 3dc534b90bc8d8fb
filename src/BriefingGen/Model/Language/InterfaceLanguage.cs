using System.Globalization;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing;

namespace BriefingGen.Model.Language;

/// <summary>
/// Chooses the interface strings for the config's <c>language</c>: <c>en-GB</c> takes <c>i18n/en-GB.yml</c>, then
/// <c>i18n/en.yml</c>; every key missing from the language's files comes from English. The site's file overrides the
/// theme's key by key. A language with no file at all falls back to English with a warning.
/// </summary>
public static class InterfaceLanguage
{
    public const string English = "en";

    /// <param name="files">The theme's language files and the site's (<see cref="SiteSources.LanguageFiles"/>).</param>
    /// <param name="languageAt">Where the config sets <c>language</c>, for the warning; null when it is not set.</param>
    public static InterfaceText Choose(string requested, IReadOnlyList<TemplateFile> files, DiagnosticBag diagnostics, SourceSpan? languageAt)
    {
        var parsed = SiteLoader.ThemeLanguageFiles().Concat(files.Where(f => f.FromSite))
            .Select(f => LanguageFileParser.Parse(f, f.FromSite ? diagnostics : new DiagnosticBag()))
            .OfType<ParsedLanguageFile>().ToList();
        var available = parsed.Select(f => f.Language).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        string? Available(string language) => available.FirstOrDefault(a => string.Equals(a, language, StringComparison.OrdinalIgnoreCase));

        var primary = requested.Split('-', '_')[0];
        var chain = new[] { Available(requested), Available(primary) }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (chain.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownLanguage, languageAt ?? SourceSpan.File(ConfigLoader.FileName),
                $"language '{requested}' (the config's 'language') has no interface strings, so the site's buttons, headings and labels are in English; " +
                $"the languages available are {string.Join(", ", available)}: set 'language' to one of them, or add templates/i18n/{requested}.yml with the keys of the theme's i18n/en.yml");
        }

        var own = Merge(parsed, chain);
        var strings = Merge(parsed, [English]);
        foreach (var (key, text) in own)
        {
            strings[key] = text;
        }

        var language = chain.Count > 0 ? chain[^1] : English;
        if (!string.Equals(language, English, StringComparison.OrdinalIgnoreCase))
        {
            ReportMissing(strings.Keys.Where(k => !own.ContainsKey(k)).Order(StringComparer.Ordinal).ToList(), language, parsed, diagnostics);
        }

        return new InterfaceText(language, CultureOf(chain.Count > 0 ? requested : English), strings);
    }

    // The chain's files, most general language first, so that a more particular one (en-GB over en) and the site's overrides win.
    private static Dictionary<string, InterfaceString> Merge(List<ParsedLanguageFile> parsed, IReadOnlyList<string> chain)
    {
        var strings = new Dictionary<string, InterfaceString>(StringComparer.Ordinal);
        foreach (var language in chain.Reverse())
        {
            foreach (var file in parsed.Where(f => string.Equals(f.Language, language, StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.FromSite))
            {
                foreach (var (key, text) in file.Strings)
                {
                    strings[key] = text;
                }
            }
        }

        return strings;
    }

    private static void ReportMissing(List<string> missing, string language, List<ParsedLanguageFile> parsed, DiagnosticBag diagnostics)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var file = parsed.LastOrDefault(f => string.Equals(f.Language, language, StringComparison.OrdinalIgnoreCase));
        var shown = string.Join(", ", missing.Take(10)) + (missing.Count > 10 ? $" and {missing.Count - 10} more" : "");
        diagnostics.Warning(DiagnosticCodes.MissingInterfaceString, SourceSpan.File(file?.DisplayPath ?? $"i18n/{language}.yml"),
            $"the '{language}' interface strings have no {shown}, so {(missing.Count == 1 ? "it is" : "they are")} shown in English; add {(missing.Count == 1 ? "it" : "them")} to templates/i18n/{language}.yml");
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (ArgumentException) // CultureNotFoundException, or a name .NET refuses outright
        {
            return CultureInfo.GetCultureInfo(English);
        }
    }
}

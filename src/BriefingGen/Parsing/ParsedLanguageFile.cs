namespace BriefingGen.Parsing;

/// <summary>An <c>i18n/&lt;language&gt;.yml</c> file of the theme or the site: its language code and its strings by key.</summary>
public sealed record ParsedLanguageFile(string Language, string DisplayPath, bool FromSite, IReadOnlyDictionary<string, InterfaceString> Strings);

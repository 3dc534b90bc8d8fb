using BriefingGen.Diagnostics;

namespace BriefingGen.Parsing;

/// <summary>
/// One interface string of a language file: a text, or its plural forms by CLDR category
/// (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>); a plain text is its <c>other</c> form.
/// </summary>
public sealed record InterfaceString(IReadOnlyDictionary<string, string> Forms, SourceSpan Span)
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    public string Other => Forms["other"];

    /// <summary>The form for <paramref name="category"/>, else the <c>other</c> form.</summary>
    public string Form(string category) => Forms.TryGetValue(category, out var text) ? text : Other;
}
